/**
 * `npm run import -- <名单文件> [--write] [--title 标题] [--publisher 发布者] [--date 日期] [--url 网址]`:
 * turns a published honour list (.txt, .csv, .xlsx, .docx) into draft entries. Dry run unless --write.
 * Exit 0 done, 1 the import could not run, 2 usage error.
 */
import { isoDay } from '../src/lib/format-date.ts';
import { ReadError } from '../src/import/read.ts';
import { importList } from '../src/import/run.ts';
import { template } from './new.ts';

const USAGE = `用法：npm run import -- <名单文件> [选项]
  名单文件          .txt（粘贴的名单）、.csv、.xlsx（Excel）、.docx（Word）
  --write           真正写入（不加时只试运行，列出每一行会怎样处理）
  --title 标题      名单的标题（不写时用名单里的第一个标题）
  --publisher 发布者  发布名单的单位，如 中华全国总工会
  --date 日期       发布日期，如 2022-04-28 或 2022
  --url 网址        名单的网址（可选）
  --honour 文件名   名单里没有写荣誉时，指定 content/honours/ 里的荣誉
  --year 年份       名单里没有写年份时，指定年份
  例：npm run import -- 名单.txt
      npm run import -- 名单.txt --write --publisher 中华全国总工会 --date 2022-04-28`;

type Parsed = { file: string; write: boolean; source: Record<string, string>; honour?: string; year?: number };

function parseArgs(argv: string[]): Parsed | undefined {
  const out: Parsed = { file: '', write: false, source: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '--write') out.write = true;
    else if (['--title', '--publisher', '--date', '--url'].includes(a)) {
      const v = value();
      if (!v) return undefined;
      out.source[a.slice(2)] = v;
    } else if (a === '--honour') {
      const v = value();
      if (!v) return undefined;
      out.honour = v;
    } else if (a === '--year') {
      const v = Number(value());
      if (!Number.isInteger(v)) return undefined;
      out.year = v;
    } else if (a.startsWith('-') || out.file) return undefined;
    else out.file = a;
  }
  return out.file ? out : undefined;
}

// Exit codes are set, not forced with process.exit(): a long report piped to a file or `less` must be written out whole.
const args = parseArgs(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  process.exitCode = await main(args);
}

async function main(args: Parsed): Promise<number> {
  try {
    const result = await importList(args.file, {
      write: args.write,
      source: args.source,
      ...(args.honour ? { honour: args.honour } : {}),
      ...(args.year ? { year: args.year } : {}),
      today: isoDay(new Date()),
      organizationTemplate: (name, today, contentDir) => template('organization', name, today, contentDir),
    });
    console.log(result.lines.join('\n'));
    return result.error ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    console.error(error.message);
    return 1;
  }
}
