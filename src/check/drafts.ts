/**
 * 待补充: what each draft person or collective still needs before it can be published (an imported list gives a
 * name, a unit and an award, nothing more). One problem per draft, code `draft-todo`, shown as one report by
 * `formatReport`; a draft is never published, so these are not errors.
 */
import { isDeceased } from '../lib/life.ts';
import { positionOf } from './read-source.ts';
import type { Check, Problem } from './types.ts';

export const checkDrafts: Check = (entries) => {
  const out: Problem[] = [];
  for (const e of entries) {
    if ((e.collection !== 'people' && e.collection !== 'collectives') || !e.valid || e.data['draft'] !== true) continue;
    const d = e.data as { summary?: string; deceased?: boolean; died?: number; consent?: { biography?: unknown } };
    const needs: string[] = [];
    if (!d.summary) needs.push('一句话简介（summary）');
    if (e.collection === 'people' && !isDeceased(d) && !d.consent?.biography) needs.push('同意记录（consent.biography）');
    if (!e.source.body?.trim()) needs.push(e.collection === 'people' ? '事迹正文' : '介绍正文');
    if (!needs.length) continue;
    out.push({
      file: e.file,
      ...positionOf(e.source, ['draft']),
      severity: 'warning',
      code: 'draft-todo',
      message: needs.join('、'),
      fix: '补齐后把 draft 改成 false，才会发布。',
    });
  }
  return out;
};
