/**
 * The privacy guard (个人信息保护法): personal numbers, personal mailboxes and home addresses may not go on the site
 * unless the entry lists the field under `allowPersonalData`; a living person needs a consent record, and a portrait
 * needs the person's (or family's) own consent — a published report is not consent to use a photo.
 */
import { isDeceased } from '../lib/life.ts';
import { PII_LABELS, findPersonalData, normalise, type PersonalDataHit } from '../lib/pii.ts';
import { fieldPath } from './problem.ts';
import { bodyPositionOf, positionOf } from './read-source.ts';
import { eachValue } from './walk.ts';
import type { Check, Problem } from './types.ts';

/** The number with everything but its first three and last two digits hidden, whatever was written between them. */
const mask = (s: string) => {
  const t = normalise(s).text;
  return t.length > 6 ? `${t.slice(0, 3)}…${t.slice(-2)}` : '…';
};

export const checkPrivacy: Check = (entries) => {
  const problems: Problem[] = [];
  for (const e of entries) {
    const base = e.base;
    const record = e.raw as Record<string, unknown> | undefined;
    if (!record || typeof record !== 'object') continue;
    const allowed = new Set(Array.isArray(record['allowPersonalData']) ? (record['allowPersonalData'] as unknown[]).map(String) : []);
    const found: { path: PropertyKey[]; text: string }[] = [];
    eachValue(record, (v, path) => {
      if (typeof v === 'string') found.push({ path, text: v });
    });
    const report = (hit: PersonalDataHit, at: { line: number; column: number }, field: string, key: string, onPurpose: boolean) =>
      problems.push(
        onPurpose
          ? {
              file: e.file,
              ...at,
              field,
              severity: 'warning',
              code: 'personal-data-published',
              message: `按 allowPersonalData 有意公开${PII_LABELS[hit.kind]}（${mask(hit.text)}）`,
              fix: `确认这是可以公开的信息（如单位的办公电话）；否则删除它，并从 allowPersonalData 里去掉 ${key}。`,
            }
          : {
              file: e.file,
              ...at,
              field,
              severity: 'error',
              code: 'personal-data',
              message: `含有${PII_LABELS[hit.kind]}（${mask(hit.text)}），个人信息不能公开`,
              fix: `删除这段${PII_LABELS[hit.kind]}。确需公开（如单位的办公电话）时，在资料区加上 allowPersonalData: [${key}]。`,
            },
      );
    for (const { path, text } of found) {
      if (path[0] === 'allowPersonalData') continue;
      const onPurpose = allowed.has(String(path[0])) || allowed.has(fieldPath(path));
      for (const hit of findPersonalData(text)) report(hit, positionOf(e.source, [...base, ...path]), fieldPath(path), String(path[0]), onPurpose);
    }
    const body = e.source.body;
    if (body) {
      for (const hit of findPersonalData(body)) {
        report(hit, bodyPositionOf(e.source, hit.index), '正文', 'body', allowed.has('body'));
      }
    }
    if (e.collection === 'people' && e.valid) {
      const d = e.data as { draft?: boolean; deceased?: boolean; died?: number; portrait?: unknown; consent?: { biography?: unknown; portrait?: { basis?: string } } };
      const deceased = isDeceased(d);
      // A draft is not published: its missing consent is listed under 待补充 (drafts.ts) instead.
      if (!deceased && !d.consent?.biography && !d.draft) {
        problems.push({
          file: e.file,
          ...positionOf(e.source, ['name']),
          field: 'consent.biography',
          severity: 'error',
          code: 'missing-consent',
          message: '在世人物的事迹公开前需要同意记录',
          fix: '在资料区加上 consent: 下的 biography: { basis: 本人书面同意, by: 本人, date: 日期 }；取自已公开报道的写 basis: 公开报道。',
        });
      }
      if (d.portrait && !deceased && (!d.consent?.portrait || d.consent.portrait.basis === '公开报道')) {
        problems.push({
          file: e.file,
          ...positionOf(e.source, d.consent?.portrait ? ['consent', 'portrait', 'basis'] : ['portrait']),
          field: 'consent.portrait',
          severity: 'error',
          code: 'missing-consent',
          message: d.consent?.portrait ? '肖像的同意依据不能是“公开报道”，需要本人或家属同意' : '有肖像照片的在世人物需要肖像同意记录',
          fix: '取得本人（或家属）同意后，在 consent: 下写 portrait: { basis: 本人书面同意, by: 本人, date: 日期 }；否则先删除 portrait。',
        });
      }
    }
  }
  return problems;
};
