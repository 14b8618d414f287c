/** Image checks: the file exists next to the entry, is a real picture, and is neither too small nor huge. */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';
import { fieldPath } from './problem.ts';
import { positionOf } from './read-source.ts';
import { eachValue } from './walk.ts';
import type { Check, ImageValue, Problem } from './types.ts';

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
      const at = { file: e.file, ...positionOf(e.source, path), field: fieldPath(path) };
      if (!existsSync(abs)) {
        problems.push({
          ...at,
          severity: 'error',
          code: 'missing-image',
          message: `找不到图片文件“${image}”`,
          fix: '把图片放在与本文件相同的文件夹里，并核对文件名（包括扩展名的大小写）。',
        });
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
