/** Image checks: the file exists next to the entry, is a real picture, and is neither too small nor huge. */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { fieldPath } from './problem.ts';
import { positionOf } from './read-source.ts';
import { eachValue } from './walk.ts';
import type { Check, CheckContext, ImageValue, Problem } from './types.ts';

/** What may be wrong with an image path written in `file` before its pixels are read; undefined when it is a local file inside the content folder. */
export function localImageProblem(image: string, file: string, context: CheckContext): { code: string; message: string; fix: string } | undefined {
  const keep = '把图片放进内容文件夹（通常与本文件放在同一个文件夹里），写成 ./文件名.jpg。';
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(image)) {
    return /^(?:https?:)?\/\//i.test(image)
      ? { code: 'remote-image', message: `不能使用网上的图片“${image}”：网站要能离线使用，也不能从别处加载内容`, fix: `把图片下载下来，${keep}` }
      : { code: 'bad-image-path', message: `“${image.slice(0, 40)}”不是图片文件路径`, fix: keep };
  }
  if (image.startsWith('/') || image.startsWith('\\') || /^[a-z]:[\\/]/i.test(image)) {
    return { code: 'image-outside-content', message: `图片路径“${image}”是绝对路径，会读取内容文件夹以外的文件`, fix: keep };
  }
  let path = image;
  try {
    path = decodeURI(image);
  } catch {
    /* keep as written */
  }
  const abs = resolve(context.cwd, dirname(file), path.replace(/[?#].*$/, ''));
  if (relative(context.contentDir, abs).startsWith('..')) {
    return { code: 'image-outside-content', message: `图片“${image}”在内容文件夹以外`, fix: keep };
  }
  if (extname(abs).toLowerCase() === '.svg') {
    return { code: 'svg-image', message: `不能使用 SVG 图片“${image}”：SVG 里可以藏脚本`, fix: '把图片另存为 PNG 或 JPEG 再使用。' };
  }
  if (!existsSync(abs)) {
    let dangling = false;
    try {
      dangling = lstatSync(abs).isSymbolicLink();
    } catch {
      /* not there at all */
    }
    if (!dangling) return { code: 'missing-image', message: `找不到图片文件“${image}”`, fix: '把图片放在与本文件相同的文件夹里，并核对文件名（包括扩展名的大小写）。' };
  }
  let real: string | undefined;
  try {
    real = realpathSync(abs);
  } catch {
    real = undefined;
  }
  if (!real || relative(realpathSync(context.contentDir), real).startsWith('..')) {
    return { code: 'image-outside-content', message: `图片“${image}”是指向内容文件夹以外（或不存在位置）的链接`, fix: keep };
  }
  return undefined;
}

/** Below this many pixels on the short side a portrait looks blurred on a phone. */
export const MIN_IMAGE_SIDE = 400;
/** Above these an image is a camera original that should be shrunk before committing. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 10000;

const isImage = (v: unknown): v is ImageValue => !!v && typeof v === 'object' && 'image' in v && Object.keys(v).length === 1 && typeof (v as ImageValue).image === 'string';

export const checkImages: Check = async (entries, context) => {
  const problems: Problem[] = [];
  for (const e of entries) {
    const images: { path: PropertyKey[]; image: string }[] = [];
    eachValue(e.data, (v, path) => {
      if (!isImage(v)) return;
      images.push({ path, image: v.image });
      return false;
    });
    for (const { path, image } of images) {
      const abs = resolve(context.cwd, dirname(e.file), image);
      const at = { file: e.file, ...positionOf(e.source, [...e.base, ...path]), field: fieldPath(path) };
      const wrong = localImageProblem(image, e.file, context);
      if (wrong) {
        problems.push({ ...at, severity: 'error', ...wrong });
        continue;
      }
      const bytes = statSync(abs).size;
      if (bytes > MAX_IMAGE_BYTES) {
        problems.push({
          ...at,
          severity: 'error',
          code: 'huge-image',
          message: `图片太大：${(bytes / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
          fix: '用画图或手机相册把图片缩小到长边 3000 像素以内再提交。',
        });
        continue;
      }
      if (context.skipImagePixels) continue;
      try {
        const meta = await sharp(abs).metadata();
        const w = meta.width ?? 0;
        const h = meta.height ?? 0;
        if (Math.max(w, h) > MAX_IMAGE_SIDE) {
          problems.push({ ...at, severity: 'error', code: 'huge-image', message: `图片太大：${w}×${h} 像素`, fix: `缩小到长边 ${MAX_IMAGE_SIDE} 像素以内。` });
        } else if (Math.min(w, h) < MIN_IMAGE_SIDE) {
          problems.push({
            ...at,
            severity: 'warning',
            code: 'small-image',
            message: `图片较小：${w}×${h} 像素，短边少于 ${MIN_IMAGE_SIDE} 像素，在手机上会模糊`,
            fix: `换一张短边至少 ${MIN_IMAGE_SIDE} 像素的原图。`,
          });
        }
      } catch {
        problems.push({ ...at, severity: 'error', code: 'bad-image', message: `“${image}”不是能打开的图片`, fix: '换成 JPEG、PNG 或 WebP 格式的照片。' });
      }
    }
  }
  return problems;
};
