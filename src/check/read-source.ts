/**
 * Reading one content file the way the build will: bytes → text (UTF-8, BOM and CRLF accepted, anything else named)
 * → frontmatter YAML with positions, so every later problem can point at a line and column.
 */
import { readFileSync, statSync } from 'node:fs';
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
/** Line and column in the file of a character of the Markdown body, given its index in the body. */
export function bodyPositionOf(src: SourceText, index: number): Position {
  const before = (src.body ?? '').slice(0, index);
  return { line: (src.bodyLine ?? 1) + before.split('\n').length - 1, column: before.length - before.lastIndexOf('\n') };
}

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

/** Limits that keep one hostile file from exhausting the build: size, YAML aliases, nesting depth. */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;
export const MAX_YAML_ALIASES = 50;
export const MAX_DEPTH = 40;

function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_DEPTH) break;
    if (v && typeof v === 'object' && !(v instanceof Date)) for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return max;
}

/**
 * Reads one content file safely: size limit, UTF-8, not empty, YAML (or Markdown frontmatter) with positions, then
 * its data within the alias and depth limits. Every failure becomes a problem naming the file; undefined then.
 */
export function readSourceFile(abs: string, file: string, format: 'markdown' | 'yaml', problems: Problem[]): { source: SourceText; value: unknown } | undefined {
  const bytes = statSync(abs).size;
  if (bytes > MAX_CONTENT_BYTES) {
    problems.push({
      file,
      severity: 'error',
      code: 'file-too-large',
      message: `文件太大：${(bytes / 1024 / 1024).toFixed(1)} MB，内容文件上限 ${MAX_CONTENT_BYTES / 1024 / 1024} MB`,
      fix: '一个文件只写一个条目；很长的正文请分成几篇，表格数据请用 npm run 导入命令转换。',
    });
    return undefined;
  }
  const decoded = decodeUtf8(readFileSync(abs), file);
  if (decoded.text === undefined) {
    problems.push(decoded.problem!);
    return undefined;
  }
  if (!decoded.text.trim()) {
    problems.push({ file, line: 1, column: 1, severity: 'error', code: 'empty-file', message: '文件是空的', fix: '删除这个文件，或用 npm run new 生成带资料区的模板再填写。' });
    return undefined;
  }
  let source: SourceText | undefined;
  try {
    source = format === 'markdown' ? readMarkdown(decoded.text, file, problems) : parseYaml(decoded.text, file, 0, problems);
  } catch {
    problems.push({ file, severity: 'error', code: 'yaml-syntax', message: 'YAML 无法读取（嵌套太深或格式异常）', fix: '检查资料区的缩进和括号；一个字段最多嵌套几层。' });
    return undefined;
  }
  if (!source || source.doc.errors.length) return undefined;
  let value: unknown;
  try {
    value = source.doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    problems.push({
      file,
      ...positionOf(source, []),
      severity: 'error',
      code: 'yaml-aliases',
      message: `YAML 别名（&名字 / *名字）用得太多，超过 ${MAX_YAML_ALIASES} 次，文件无法读取`,
      fix: '把 *名字 换成实际的内容；编辑内容用不到 YAML 别名。',
    });
    return undefined;
  }
  if (depthOf(value) > MAX_DEPTH) {
    problems.push({ file, ...positionOf(source, []), severity: 'error', code: 'too-deep', message: `资料嵌套超过 ${MAX_DEPTH} 层`, fix: '检查缩进：字段最多嵌套几层。' });
    return undefined;
  }
  return { source, value: value ?? (format === 'markdown' ? {} : value) };
}
