/**
 * `npm run scan:dist [-- dir]`: the last gate before publishing. Finds ID-card and mobile numbers in any text file
 * of the built site, and EXIF (camera, GPS) blocks in any image. Exit 1 with the places when anything is found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import sharp from 'sharp';
import { findPii } from '../src/lib/pii.ts';

const TEXT = new Set(['.html', '.xml', '.json', '.txt', '.csv', '.js', '.css', '.svg', '.webmanifest']);
const IMAGES = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.tif', '.tiff']);

export interface Finding {
  file: string;
  what: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Whether an EXIF block points to a GPS IFD (tag 0x8825), in either byte order. */
function hasGps(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.indexOf('Exif') >= 0 ? exif.indexOf('Exif') + 6 : 0);
  const le = tiff[0] === 0x49;
  const tag = le ? Buffer.from([0x25, 0x88]) : Buffer.from([0x88, 0x25]);
  return tiff.includes(tag);
}

export async function scanDist(dir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of walk(dir)) {
    const ext = extname(file).toLowerCase();
    const rel = relative(dir, file);
    // The search index is compressed; its text comes from the pages, which are scanned here.
    if (TEXT.has(ext) && !rel.startsWith('pagefind/')) {
      for (const hit of findPii(readFileSync(file, 'utf8'))) findings.push({ file: rel, what: `${hit.kind === 'id-card' ? '身份证号' : '手机号'} ${hit.text}` });
    }
    if (IMAGES.has(ext)) {
      const meta = await sharp(file).metadata();
      if (meta.exif) findings.push({ file: rel, what: `图片带有 EXIF 信息（${hasGps(meta.exif) ? '含 GPS 位置' : '相机等信息'}）` });
    }
  }
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const findings = await scanDist(dir);
  for (const f of findings) console.log(`${join(dir, f.file)}：${f.what}`);
  console.log(findings.length ? `发现 ${findings.length} 处不应公开的个人信息，请删除后重新生成。` : `检查了 ${dir}：没有发现身份证号、手机号或图片 EXIF/GPS 信息。`);
  process.exit(findings.length ? 1 : 0);
}
