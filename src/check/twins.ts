/**
 * Two honours (or two organizations) that go by the same name — name, short name or alias, compared as a reader
 * would (full-width = half-width, spaces and case ignored) — split their recipients or members between two pages.
 * Reported as an error on the later file, naming both files and the shared name.
 */
import { nameKey, namesOf } from '../lib/names.ts';
import type { Check, Problem } from './types.ts';

/** The kinds where one name must mean one entry. People may share a name (two 王伟), so they are not checked. */
const UNIQUE_NAMES: Record<string, string> = { honours: '荣誉', organizations: '单位' };

export const checkTwinNames: Check = (entries) => {
  const problems: Problem[] = [];
  for (const [collection, label] of Object.entries(UNIQUE_NAMES)) {
    const owner = new Map<string, { file: string; name: string }>();
    for (const e of entries) {
      if (e.collection !== collection) continue;
      // Read names from the file itself, so an entry with another mistake is still compared.
      const raw = e.source.doc.toJS();
      const names = namesOf(raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : e.data);
      const reported = new Set<string>();
      for (const name of names) {
        const key = nameKey(name);
        const first = owner.get(key);
        if (first && first.file !== e.file) {
          if (reported.has(first.file)) continue;
          reported.add(first.file);
          problems.push({
            file: e.file,
            severity: 'error',
            code: 'twin-name',
            message: `两个${label}重名：${e.file} 和 ${first.file} 都叫“${name}”`,
            fix: `如果是同一个${label}，保留一个文件，把另一个文件里的引用改过来后删掉它；如果不是，改掉其中一个的名称或别名。`,
          });
        } else if (!first) {
          owner.set(key, { file: e.file, name });
        }
      }
    }
  }
  return problems;
};
