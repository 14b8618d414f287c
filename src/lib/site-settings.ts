/** Site settings from `content/site.yaml`, validated with the shared schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../schemas/site.ts';
import { contentRoot } from '../schemas/collections.ts';

let cached: Site | undefined;
export function siteSettings(): Site {
  cached ??= siteSchema().parse(parse(readFileSync(join(contentRoot(), 'site.yaml'), 'utf8')));
  return cached;
}
