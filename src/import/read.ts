/**
 * Reads a list file into lines and tables: .txt and .csv (UTF-8 or GBK, detected and said), .xlsx (exceljs),
 * .docx (mammoth: paragraphs as lines, Word tables as tables).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

export interface Line {
  /** 1-based line (text, csv), row (xlsx) or paragraph (docx) number, as the editor counts it. */
  no: number;
  text: string;
}
export interface Row {
  no: number;
  cells: string[];
}
export type Block = { kind: 'lines'; lines: Line[] } | { kind: 'table'; rows: Row[] };

export interface ListFile {
  /** What the file was read as, for the report: UTF-8, GBK, Excel, Word. */
  format: string;
  blocks: Block[];
}

export class ReadError extends Error {}

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), otherwise GBK (GB18030, which covers GB2312 and GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'GBK' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GBK' };
  }
}

const linesOf = (text: string): Line[] => text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t }));

function readCsv(bytes: Uint8Array): ListFile {
  const { text, encoding } = decodeText(bytes);
  const records = parseCsv(text, { relax_column_count: true, skip_empty_lines: false, info: true, trim: true }) as unknown as { record: string[]; info: { lines: number } }[];
  return { format: `CSV，${encoding} 编码`, blocks: [{ kind: 'table', rows: records.map((r) => ({ no: r.info.lines, cells: r.record })) }] };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function readXlsx(file: string): Promise<ListFile> {
  const { default: Excel } = await import('exceljs'); // loaded only for Excel files: it is large
  const book = new Excel.Workbook();
  await book.xlsx.readFile(file);
  const blocks: Block[] = [];
  book.eachSheet((sheet) => {
    const rows: Row[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, no) => {
      const values = row.values as ExcelJS.CellValue[];
      rows.push({ no, cells: values.slice(1).map((v) => cellText(v).trim()) });
    });
    if (rows.length) blocks.push({ kind: 'table', rows });
  });
  return { format: 'Excel 表格', blocks };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m);

async function readDocx(file: string): Promise<ListFile> {
  const { default: mammoth } = await import('mammoth');
  const { value: html } = await mammoth.convertToHtml({ path: file });
  const blocks: Block[] = [];
  let no = 0;
  let lines: Line[] = [];
  // mammoth writes plain <p>, <h1>…<h6> and <table><tr><td>; paragraphs are numbered in reading order.
  for (const part of html.split(/(<table>[\s\S]*?<\/table>)/)) {
    if (part.startsWith('<table>')) {
      if (lines.length) blocks.push({ kind: 'lines', lines });
      lines = [];
      const rows = [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) => ({
        no: ++no,
        cells: [...tr[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((td) => plain(td[1]!.replace(/<\/p><p>/g, ' ')).trim()),
      }));
      blocks.push({ kind: 'table', rows });
    } else {
      for (const p of part.matchAll(/<(p|h\d|li)[^>]*>([\s\S]*?)<\/\1>/g)) lines.push({ no: ++no, text: plain(p[2]!.replace(/<br\s*\/?>/g, ' ')) });
    }
  }
  if (lines.length) blocks.push({ kind: 'lines', lines });
  return { format: 'Word 文档', blocks };
}

export async function readList(file: string): Promise<ListFile> {
  const ext = extname(file).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ReadError(`找不到或打不开文件：${file}`);
  }
  try {
    if (ext === '.txt') {
      const { text, encoding } = decodeText(bytes);
      return { format: `文本，${encoding} 编码`, blocks: [{ kind: 'lines', lines: linesOf(text) }] };
    }
    if (ext === '.csv') return readCsv(bytes);
    if (ext === '.xlsx') return await readXlsx(file);
    if (ext === '.docx') return await readDocx(file);
  } catch (error) {
    throw new ReadError(`读不了 ${file}：${(error as Error).message}。请确认文件没有损坏，或另存为 .txt / .csv 再导入。`);
  }
  throw new ReadError(`不支持“${ext || '无扩展名'}”文件：请用 .txt、.csv、.xlsx 或 .docx（旧的 .doc / .xls 请在 Word / Excel 里另存为新格式）。`);
}
