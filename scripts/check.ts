/**
 * `npm run check`: validates the whole content tree with the build's own schemas, in seconds, without building.
 * Exit 0 clean (warnings allowed), 1 content errors, 2 usage error.
 */
import { checkContent } from '../src/check/check-content.ts';
import { formatAnnotations, formatReport } from '../src/check/problem.ts';

const USAGE = `用法：npm run check -- [--json] [--format github] [文件 …]
  --json            以 JSON 输出（给程序读）
  --format github   以工作流注释格式输出（GitHub、Gitea、Forgejo 会把错误标在对应的行上）
  文件              只报告这些文件的问题（整个内容仍会读取，以便检查引用）`;

function parseArgs(argv: string[]) {
  const opts = { json: false, format: 'text' as 'text' | 'github', files: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--format') {
      const f = argv[++i];
      if (f !== 'github' && f !== 'text') return undefined;
      opts.format = f;
    } else if (a === '--help' || a === '-h') return undefined;
    else if (a.startsWith('-')) return undefined;
    else opts.files.push(a);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (!opts) {
  console.error(USAGE);
  process.exit(2);
}
const started = performance.now();
const { problems, entries } = await checkContent(opts.files.length ? { only: opts.files } : {});
const errors = problems.filter((p) => p.severity === 'error').length;
if (opts.json) {
  console.log(JSON.stringify({ ok: errors === 0, errors, warnings: problems.length - errors, entries: entries.length, problems }, null, 2));
} else if (opts.format === 'github') {
  if (problems.length) console.log(formatAnnotations(problems));
  console.log(formatReport(problems).split('\n').pop());
} else {
  console.log(formatReport(problems));
  console.log(`（检查了 ${entries.length} 条内容，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
}
process.exit(errors ? 1 : 0);
