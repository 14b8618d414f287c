/**
 * The one friendly-error formatter. The build guard, `npm run check` and tests all print problems through it,
 * so an editor sees the same Chinese sentence wherever a mistake is found.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the project folder, with forward slashes: `content/people/he-maodong.md`. */
  file: string;
  line?: number;
  column?: number;
  /** The field, as a path: `honours[0].year`. */
  field?: string;
  /** What is wrong, including what was found and what is expected. */
  message: string;
  /** How to fix it, in plain Chinese. */
  fix?: string;
  severity: Severity;
  /** Stable machine-readable code for `--json` and tests: `unknown-key`, `missing-reference`, … */
  code: string;
}

/** Renders a found value the way an editor typed it: strings in quotes, other values as YAML-ish text. */
export function showValue(value: unknown): string {
  if (value === undefined) return '（空）';
  if (value === null) return '（空）';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '一组字段';
  return String(value);
}

/** `honours[0].year` from `['honours', 0, 'year']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function location(p: Problem): string {
  return p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
}

/** One problem as one or two lines: `file:line:col field：message` then `  怎么改：fix`. */
export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? '（提醒）' : '';
  const head = `${location(p)} ${tag}${p.field ? `${p.field}：` : ''}${p.message}`;
  return p.fix ? `${head}\n  怎么改：${p.fix}` : head;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The whole report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const todo = problems.filter((p) => p.code === 'draft-todo');
  const rest = problems.filter((p) => p.code !== 'draft-todo');
  const errors = rest.filter((p) => p.severity === 'error').length;
  const warnings = rest.length - errors;
  const lines = sortProblems(rest).map(formatProblem);
  // Drafts still to complete, as one list: one line per draft naming what it lacks.
  const todoLines = todo.length
    ? [`待补充（${todo.length} 个草稿；补齐后把 draft 改成 false 才会发布）：`, ...sortProblems(todo).map((p) => `  ${location(p)} ${p.message}`)]
    : [];
  const summary =
    errors === 0 && warnings === 0
      ? `内容检查通过：没有发现问题${todo.length ? `（${todo.length} 个草稿待补充）` : ''}。`
      : `内容检查发现 ${errors} 个错误${warnings ? `、${warnings} 个提醒` : ''}${todo.length ? `，${todo.length} 个草稿待补充` : ''}。${errors ? '请按上面的提示修改后再提交。' : ''}`;
  return [...lines, ...todoLines, summary].join('\n');
}

/** GitHub / Gitea / Forgejo workflow annotations: each problem appears on its line in the web UI. */
export function formatAnnotations(problems: readonly Problem[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return sortProblems(problems)
    .map((p) => {
      const props = [`file=${escProp(p.file)}`];
      if (p.line) props.push(`line=${p.line}`, `col=${p.column ?? 1}`);
      props.push(`title=${escProp(p.field ? `内容检查 ${p.field}` : '内容检查')}`);
      const text = `${p.field ? `${p.field}：` : ''}${p.message}${p.fix ? `\n怎么改：${p.fix}` : ''}`;
      return `::${p.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${esc(text)}`;
    })
    .join('\n');
}
