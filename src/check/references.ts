/** Every reference points at an entry that exists (or at least at a file that exists but could not be read). */
import { KINDS } from '../kinds.ts';
import { labelOf } from './load.ts';
import { fieldPath } from './problem.ts';
import { positionOf } from './read-source.ts';
import { nearest } from './suggest.ts';
import { eachValue } from './walk.ts';
import type { Check, Problem, RefValue } from './types.ts';

const isRef = (v: unknown): v is RefValue => !!v && typeof v === 'object' && 'ref' in v && 'id' in v && Object.keys(v).length === 2;

export const checkReferences: Check = (entries, { unreadable }) => {
  const problems: Problem[] = [];
  const ids = new Map<string, string[]>();
  for (const e of entries) ids.set(e.collection, [...(ids.get(e.collection) ?? []), e.id]);
  for (const e of entries) {
    eachValue(e.data, (value, path) => {
      if (!isRef(value)) return;
      const ref = value;
      const existing = ids.get(ref.ref) ?? [];
      if (existing.includes(ref.id) || unreadable.get(ref.ref)?.has(ref.id)) return false;
      const guess = nearest(ref.id, existing);
      const spec = (KINDS as Record<string, { path: string; format: string }>)[ref.ref];
      const where = spec?.format === 'yaml-map' ? `content/${spec.path} 里没有这个编号` : `content/${spec?.path ?? ref.ref}/ 里没有这个文件`;
      problems.push({
        file: e.file,
        ...positionOf(e.source, [...e.base, ...path]),
        field: fieldPath(path),
        severity: 'error',
        code: 'missing-reference',
        message: `找不到${labelOf(ref.ref)}“${ref.id}”（${where}）${guess ? `，是不是“${guess}”？` : ''}`,
        fix: guess ? `改成“${guess}”，或先新建 ${ref.id} 这个${labelOf(ref.ref)}。` : `先用 npm run new 新建这个${labelOf(ref.ref)}，或改成已有的文件名。`,
      });
      return false;
    });
    if (e.collection === 'figures' && typeof e.data['latest'] === 'string') {
      const figureIds = ids.get('figures') ?? [];
      const latest = e.data['latest'];
      if (!figureIds.includes(latest)) {
        problems.push({
          file: e.file,
          ...positionOf(e.source, [e.id, 'latest']),
          field: `${e.id}.latest`,
          severity: 'error',
          code: 'missing-reference',
          message: `找不到数字“${latest}”`,
          fix: nearest(latest, figureIds) ? `是不是“${nearest(latest, figureIds)}”？` : '填 content/figures.yaml 里已有的编号。',
        });
      }
    }
  }
  return problems;
};
