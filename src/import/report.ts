/** The import report in plain Chinese: one line per list line, then the totals. */
import type { Plan, Step } from './plan.ts';
import type { WriteResult } from './write.ts';

const yearText = (y?: number) => (y === undefined ? '年份不详' : `${y} 年`);

function stepLine(s: Step, write: boolean): string {
  const at = `第 ${s.line} 行`;
  const will = write ? '' : '将';
  switch (s.kind) {
    case 'heading':
      return `${at}  标题：${s.honour ? `荣誉“${s.honour.name}”（${s.honour.id}），` : ''}${s.year ? `${s.year} 年` : '没有年份'}${s.doubt ? `。注意：${s.doubt}` : ''}`;
    case 'region':
      return `${at}  地区或系统：${s.note}（记入下面各行荣誉的说明）`;
    case 'columns':
      return `${at}  表头：${s.mapping}`;
    case 'skipped':
      return `${at}  跳过（${s.reason}）：${s.text}`;
    case 'uncertain':
      return `${at}  待确认：${s.reason}。原文：${s.text}`;
    case 'entry': {
      const h = s.holder;
      const what = h.collection === 'people' ? '人物' : '集体';
      const org = h.organization.isNew
        ? `${s.newOrg ? '新单位' : '本次新建的单位'}“${h.organization.name}”（${h.organization.file}）`
        : `已有单位“${h.organization.name}”（${h.organization.id}）`;
      const award = `${yearText(s.award.year)}“${s.honourName}”${s.award.note ? `（${s.award.note}）` : ''}`;
      const post = h.post && h.collection === 'people' ? `；职务：${h.post}` : '';
      const head = h.isNew
        ? `新${what}  ${h.name} → ${h.file}（草稿）；单位：${org}${post}；荣誉：${award}`
        : `已有${what}  ${h.name}（${h.file}${h.collection === 'people' ? '，姓名和单位都相同' : ''}）：${s.awardIsNew ? `${will}补上荣誉 ${award}` : `已有 ${award}，不变`}`;
      const twin = s.sameName.length
        ? `。注意：已有同名人物 ${s.sameName.map((p) => `${p.file}（单位 ${p.organization ?? '未填'}）`).join('、')}，单位不同，按新人物处理；如是同一人，请手工合并`
        : '';
      return `${at}  ${head}${twin}`;
    }
  }
}

export interface ReportCounts {
  newPeople: number;
  matchedPeople: number;
  newCollectives: number;
  matchedCollectives: number;
  newOrganizations: number;
  newAwards: number;
  uncertain: number;
}

export function countPlan(plan: Plan): ReportCounts {
  const entries = plan.steps.filter((s): s is Extract<Step, { kind: 'entry' }> => s.kind === 'entry');
  const uniq = (f: (s: (typeof entries)[number]) => boolean) => new Set(entries.filter(f).map((s) => s.holder)).size;
  return {
    newPeople: uniq((s) => s.holder.collection === 'people' && s.holder.isNew),
    matchedPeople: uniq((s) => s.holder.collection === 'people' && !s.holder.isNew),
    newCollectives: uniq((s) => s.holder.collection === 'collectives' && s.holder.isNew),
    matchedCollectives: uniq((s) => s.holder.collection === 'collectives' && !s.holder.isNew),
    newOrganizations: plan.organizations.length,
    newAwards: entries.filter((s) => s.awardIsNew).length,
    uncertain: plan.steps.filter((s) => s.kind === 'uncertain').length,
  };
}

export function formatPlan(plan: Plan, write: boolean): string[] {
  const lines = plan.steps.map((s) => stepLine(s, write));
  const c = countPlan(plan);
  lines.push(
    '',
    `合计：新人物 ${c.newPeople}，已有人物 ${c.matchedPeople}，新集体 ${c.newCollectives}，已有集体 ${c.matchedCollectives}，新单位 ${c.newOrganizations}，新增荣誉 ${c.newAwards}，待确认 ${c.uncertain} 行。`,
  );
  if (c.uncertain) lines.push('待确认的行不会写入：按提示改好名单（如在单位和职务之间加一个空格）后再导入一次，已导入的不会重复。');
  return lines;
}

export function formatWrite(result: WriteResult): string[] {
  const lines = [
    `已新建 ${result.created.length} 个文件，补上荣誉的已有条目 ${result.updated.length} 个。`,
    ...result.refused.map((r) => `没有写入 ${r.file}：${r.reason}`),
  ];
  if (result.needIndustry.length) {
    lines.push(`${result.needIndustry.length} 个新单位还没有行业（网站的行业表里没有“其他”）：在这些文件里填好 industry，网站才能生成：${result.needIndustry.join('、')}`);
  }
  if (result.created.length || result.updated.length) lines.push('新建的人物和集体都是草稿（draft: true），不会发布。运行 npm run check 查看每个草稿还要补充什么。');
  return lines;
}
