/** Lists kept as spreadsheets and Word files: a GBK CSV, an Excel sheet, a Word document. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { fixture } from '../support/paths.ts';
import { org, person, importSite, lineOf, listFile, runImport } from './site.ts';

// Every name and unit below is made up. Columns are shuffled and include one the importer does not use.
const CSV = `职务,年份,姓名,序号,荣誉,单位
工程师,2022,假　九,1,五一劳动奖章,虚构电子有限公司
技师,2021,假十,2,全国五一劳动奖章,示例科技有限公司
`;

describe('list files', () => {
  it('detects a GBK CSV and says so', async () => {
    const { lines } = await runImport(importSite(), listFile('list.csv', iconv.encode(CSV, 'gbk')));
    expect(lines[0]).toBe('读取 list.csv（CSV，GBK 编码）');
  });

  it('maps shuffled table columns by their header names and prints the mapping', async () => {
    const { lines } = await runImport(importSite(), listFile('list.csv', iconv.encode(CSV, 'gbk')));
    expect(lineOf(lines, 1)).toBe(
      '第 1 行  表头：第 1 列“职务”→ 职务；第 2 列“年份”→ 年份；第 3 列“姓名”→ 姓名；第 4 列“序号”→ 不使用；第 5 列“荣誉”→ 荣誉；第 6 列“单位”→ 单位',
    );
    expect(lineOf(lines, 2)).toBe(`第 2 行  新人物  假九 → ${person('假九')}（草稿）；单位：新单位“虚构电子有限公司”（${org('虚构电子有限公司')}）；职务：工程师；荣誉：2022 年“全国五一劳动奖章”`);
    expect(lineOf(lines, 3)).toContain(`新人物  假十 → ${person('假十')}（草稿）；单位：已有单位“示例科技有限公司”（shili-keji）；职务：技师；荣誉：2021 年“全国五一劳动奖章”`);
  });

  it('reads an Excel sheet with a title row above the table', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['2022年全国五一劳动奖章获得者名单']);
    sheet.addRow(['单位', '姓名', '职务', '地区']);
    sheet.addRow(['虚构电子有限公司', '假十一', '班组长', '丁省']);
    const file = listFile('list.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const { lines } = await runImport(importSite(), file);
    expect(lines[0]).toBe('读取 list.xlsx（Excel 表格）');
    expect(lineOf(lines, 1)).toBe('第 1 行  标题：荣誉“全国五一劳动奖章”（quanguo-wuyi-laodong-jiangzhang），2022 年');
    expect(lineOf(lines, 3)).toContain(`新人物  假十一 → ${person('假十一')}（草稿）；单位：新单位“虚构电子有限公司”`);
    expect(lineOf(lines, 3)).toContain('荣誉：2022 年“全国五一劳动奖章”（丁省）');
  });

  it('reads a Word document: paragraphs as lines and a table as rows', async () => {
    const { lines, plan } = await runImport(importSite(), fixture('import/list.docx'));
    expect(lines[0]).toBe('读取 list.docx（Word 文档）');
    const people = plan.holders.map((h) => [h.name, h.organization.name, h.post]);
    expect(people).toEqual([
      ['假七', '虚构动力研究所', '所长'],
      ['假八', '虚构电子有限公司', '技师'],
    ]);
  });

  it('refuses an old .doc file with a message saying how to convert it', async () => {
    await expect(runImport(importSite(), listFile('list.doc', 'x'))).rejects.toThrow('不支持“.doc”文件：请用 .txt、.csv、.xlsx 或 .docx（旧的 .doc / .xls 请在 Word / Excel 里另存为新格式）。');
  });
});
