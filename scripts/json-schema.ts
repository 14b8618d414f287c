/**
 * `npm run schemas`: writes `schemas/<collection>.schema.json` from the very zod schemas the build uses
 * (zod 4 `z.toJSONSchema`), so VS Code (YAML extension, see `.vscode/settings.json`) offers completion and hover docs.
 * `--check` exits 1 when a committed file differs from what the schemas give now (a test runs it too).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTION_SPECS, type SpecName } from '../src/schemas/collections.ts';
import { plainHelpers } from '../src/schemas/common.ts';

export const SCHEMA_DIR = 'schemas';

/** The JSON Schema text of one collection's entries (for `yaml-map` collections: of one value of the map). */
export function jsonSchemaText(name: SpecName): string {
  const spec = COLLECTION_SPECS[name];
  const entry = z.toJSONSchema(spec.schema(plainHelpers), { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = entry;
  const doc =
    spec.format === 'yaml-map'
      ? { $schema, title: `光荣榜 · ${spec.label}（content/${spec.path}）`, type: 'object', additionalProperties: rest }
      : { $schema, title: `光荣榜 · ${spec.label}（content/${spec.path}/）`, ...rest };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function generatedFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(COLLECTION_SPECS) as SpecName[]) out.set(join(SCHEMA_DIR, `${name}.schema.json`), jsonSchemaText(name));
  return out;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of generatedFiles()) {
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        console.error(`${file}：与 src/schemas/ 不一致，请运行 npm run schemas`);
        stale++;
      }
    } else {
      mkdirSync(SCHEMA_DIR, { recursive: true });
      writeFileSync(file, text);
      console.log(`已生成 ${file}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
