/**
 * Reading one content file the way the build will: bytes → text (UTF-8, BOM and CRLF accepted, anything else named)
 * → frontmatter YAML with positions, so every later problem can point at a line and column.
 */
import matter from 'gray-matter';
import iconv from 'iconv-lite';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

export interface SourceText {
  text: string;
  /** Parsed YAML (frontmatter for Markdown, the whole file for YAML). */
  doc: Document;
  lines: LineCounter;
  /** Lines before the YAML starts in the file (1 for Markdown frontmatter after `---`). */
  lineOffset: number;
  body?: string;
  /** The line of the file on which the body starts (Markdown only). */
  bodyLine?: number;
}

/** Names the likely encoding of bytes that are not UTF-8, so the editor knows what to re-save from. */
export function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const gbk = iconv.decode(Buffer.from(bytes), 'gbk');
  const cjk = (gbk.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (cjk > 0 && !gbk.includes('\ufffd')) return 'GBK（GB2312/GB18030）';
  return '未知编码';
}

export function decodeUtf8(bytes: Uint8Array, file: string): { text?: string; problem?: Problem } {
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    const enc = guessEncoding(bytes);
    return {
      problem: {
        file,
        severity: 'error',
        code: 'not-utf8',
        message: `文件不是 UTF-8 编码，看起来是 ${enc}`,
        fix: '用记事本或 VS Code 打开，选择“另存为”，编码选 UTF-8，再保存提交。',
      },
    };
  }
}

const FRONTMATTER = /^---[ \t]*\r?\n/;

/** Parses YAML text into a document with a line counter; YAML syntax errors become problems with their line. */
export function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): SourceText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const pos = lines.linePos(err.pos[0]);
    const dup = err.code === 'DUPLICATE_KEY';
    problems.push({
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      severity: 'error',
      code: dup ? 'duplicate-key' : 'yaml-syntax',
      message: dup ? '同一个字段写了两次' : `YAML 格式错误（${yamlErrorText(err.code)}）`,
      fix: dup
        ? '删除重复的那一行，只保留一个。'
        : '检查这一行：冒号后要有空格，缩进用空格不用 Tab，含冒号或引号的文字要用引号括起来。',
    });
  }
  return { text, doc, lines, lineOffset };
}

function yamlErrorText(code: string): string {
  const known: Record<string, string> = {
    BAD_INDENT: '缩进不对',
    TAB_AS_INDENT: '缩进用了 Tab',
    MISSING_CHAR: '缺少字符（如引号或括号没有配对）',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能少了冒号后的空格或引号没有配对',
    BLOCK_AS_IMPLICIT_KEY: '字段名写法不对',
    UNEXPECTED_TOKEN: '出现了意外的符号',
    BAD_SCALAR_START: '这一行的值不能以这个符号开头，请加引号',
  };
  return known[code] ?? code;
}

/** Splits a Markdown file into frontmatter and body with gray-matter, keeping positions through `yaml`. */
export function readMarkdown(text: string, file: string, problems: Problem[]): SourceText | undefined {
  if (!FRONTMATTER.test(text)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'no-frontmatter',
      message: '文件开头缺少资料区（第一行应为三个减号 ---）',
      fix: '在文件最前面加上以 --- 开始、以 --- 结束的资料区，可用 npm run new 生成模板。',
    });
    return undefined;
  }
  let raw = '';
  let body = '';
  try {
    // gray-matter finds the delimiters; the `yaml` engine below gives us line numbers gray-matter does not.
    const parsed = matter(text, { engines: { yaml: (s: string) => ((raw = s), {}) } });
    body = parsed.content;
  } catch {
    raw = '';
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'no-frontmatter',
      message: '资料区没有结束（缺少第二个 --- 行）',
      fix: '在资料字段之后、正文之前加一行 ---。',
    });
    return undefined;
  }
  const start = text.indexOf(raw);
  const lineOffset = raw ? text.slice(0, start).split('\n').length - 1 : 1;
  const source = parseYaml(raw, file, lineOffset, problems);
  // The body exactly as it stands in the file, right after the closing --- line, and the line it starts on,
  // so problems found in the body point at the right line.
  const offset = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0].length ?? 0;
  source.body = offset ? text.slice(offset) : body;
  source.bodyLine = text.slice(0, offset).split('\n').length;
  return source;
}

export interface Position {
  line: number;
  column: number;
}

/** Line and column of a field (or, with `key`, of its name) in the source; falls back to the nearest parent. */
export function positionOf(src: SourceText, path: readonly PropertyKey[], key?: string): Position {
  let node: unknown = src.doc.contents;
  let best: Position = { line: src.lineOffset + 1, column: 1 };
  const at = (n: Node | null | undefined): Position | undefined => {
    if (!n?.range) return undefined;
    const p = src.lines.linePos(n.range[0]);
    return { line: p.line + src.lineOffset, column: p.col };
  };
  best = at(node as Node) ?? best;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      const isLastKey = key !== undefined && i === steps.length - 1;
      if (isLastKey || pair.value === null) {
        best = at(pair.key as Node) ?? best;
        break;
      }
      next = pair.value;
    } else if (typeof step === 'number') {
      next = items[step];
    }
    if (!next) break;
    best = at(next as Node) ?? best;
    node = next;
  }
  return best;
}
