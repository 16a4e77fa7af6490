import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import mammoth from 'mammoth';
import OpenCC from 'opencc-js';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { walkPlan } from '../../src/lib/catalog';
import { unifiedIdeograph } from '../../src/lib/importer/clean';
import { ImportError } from '../../src/lib/importer/errors';
import { importPlan } from '../../src/lib/importer/index';
import { convertWithLibreOffice, officeKind } from '../../src/lib/importer/read/office';
import { htmlToDocument } from '../../src/lib/importer/read/html';
import { readPdf } from '../../src/lib/importer/read/pdf';
import type { GridCell, SourceDocument } from '../../src/lib/importer/read/source-document';
import { detectTraditional, simplifyIfTraditional, toSimplified } from '../../src/lib/importer/read/traditional';
import { readXlsx } from '../../src/lib/importer/read/xlsx';
import { Registry } from '../../src/lib/registry/registry';
import { tsx } from '../support/site';
import { buildMeizhouXlsx, meizhouHeader, meizhouPreamble, meizhouRows, meizhouTitle, numberedRows, type PlanRow } from './fixtures/formats/meizhou';

const dir = join(import.meta.dirname, 'fixtures/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const rows = meizhouRows();
/** LibreOffice's first start with a fresh profile takes seconds; a slow CI machine, many more. */
const sofficeTimeout = 300_000;

/** The cells a reader should give for a real row: the section, or a cell merged from above where the plan merges it. */
const expectedCells = (r: PlanRow): GridCell[] => [r.section ? { text: r.section } : { text: '', merged: true }, { text: r.requirements.join('\n') }, { text: r.units }];
const tableRows = (doc: SourceDocument) => doc.lines.filter((l) => l.cells).map((l) => l.cells);
const paragraphs = (doc: SourceDocument) => doc.lines.filter((l) => !l.cells).map((l) => l.text);

describe('htmlToDocument', () => {
  // www.gov.cn 2018 (国发〔2018〕42号): the article is one cell of a layout table (td#UCAP-CONTENT).
  it('reads the paragraphs of a one-cell layout table as lines of their own, not one line', () => {
    const html =
      '<table><tbody><tr><td class="b12c" id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p><span>一、总体要求</span></p> ' +
      '<p><span>（一）指导思想。</span><span>以习近平新时代中国特色社会主义思想为指导。</span></p> <p>（十三）加强公共服务。……（农业农村部、工业和信息化部牵头，各省级人民政府负责）</p></td></tr></tbody></table>';
    expect(htmlToDocument(html).lines.map((l) => l.text)).toEqual([
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '一、总体要求',
      '（一）指导思想。以习近平新时代中国特色社会主义思想为指导。',
      '（十三）加强公共服务。……（农业农村部、工业和信息化部牵头，各省级人民政府负责）',
    ]);
  });

  // 平潭 2016 粮食安全 考核表, as Word exported it: rowspans count rows the page does not have, so item 7's row finds
  // the columns of item 6 still taken. It stands in the table's last columns, as its cells say.
  it('reads a row whose columns a too-long rowspan took in the table’s last columns', () => {
    const html =
      '<table><tr><td>考核内容</td><td>重点考核事项</td><td>考核指标</td><td>牵头部门</td><td>配合部门</td></tr>' +
      '<tr><td rowspan="17">确保耕地面积基本稳定</td><td rowspan="13">提高粮食生产能力(18分)</td><td rowspan="3">6.粮食产能区建设(4分)</td><td rowspan="3">区农村发展局</td><td rowspan="3">区财政金融局</td></tr>' +
      '<tr><td rowspan="4">7.高标准农田建设(4分)</td><td rowspan="4">区环境与国土资源局</td><td rowspan="4">区经济发展局</td></tr>' +
      '<tr><td rowspan="9">保护种粮积极性</td><td>落实和完善粮食扶持政策(2分)</td><td>9.落实粮食补贴政策(1分)</td><td>区财政金融局</td><td>区农村发展局</td></tr></table>';
    const rows = tableRows(htmlToDocument(html)).map((cells) => cells!.map((c) => c.text));
    expect(rows).toEqual([
      ['考核内容', '重点考核事项', '考核指标', '牵头部门', '配合部门'],
      ['确保耕地面积基本稳定', '提高粮食生产能力(18分)', '6.粮食产能区建设(4分)', '区农村发展局', '区财政金融局'],
      ['', '', '7.高标准农田建设(4分)', '区环境与国土资源局', '区经济发展局'],
      ['保护种粮积极性', '落实和完善粮食扶持政策(2分)', '9.落实粮食补贴政策(1分)', '区财政金融局', '区农村发展局'],
    ]);
  });

  it('still writes a metadata table row (索引号, 发文机关) as one line', () => {
    const html = '<table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00223</td><td><b>主题分类：</b></td><td>农业、林业、水利</td></tr></table>';
    expect(htmlToDocument(html).lines.map((l) => l.text)).toEqual(['索 引 号： 000014349/2018-00223 主题分类： 农业、林业、水利']);
  });
});

describe('readPdf', () => {
  it('reads the ruled table of meizhou.pdf: every real row, its cells and vertical merges, across 3 pages', async () => {
    const doc = await readPdf(fixture('meizhou.pdf'));
    expect(paragraphs(doc)).toEqual([...meizhouPreamble, '公开方式：主动公开']);
    expect(tableRows(doc)).toEqual([meizhouHeader.map((text) => ({ text })), ...rows.slice(0, 15).map(expectedCells)]);
    expect(new Set(doc.lines.filter((l) => l.cells).map((l) => l.table))).toEqual(new Set([0]));
    // Line numbers are positions, and a row's text is its cells joined.
    expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
    const first = doc.lines.find((l) => l.cells && l.text.startsWith('一、'))!;
    expect(first.text).toBe(`一、做好各类规划主动公开 | ${rows[0]!.requirements[0]} | ${rows[0]!.units}`);
  });

  it('drops the page headers and footers and the header row repeated on each page, and says so', async () => {
    const doc = await readPdf(fixture('meizhou.pdf'));
    const all = doc.lines.map((l) => l.text).join('\n');
    expect(all).not.toContain('梅州市人民政府办公室文件');
    expect(all).not.toMatch(/^- \d+ -$/m);
    expect(doc.lines.filter((l) => l.text === '工作任务 | 具体要求 | 落实单位')).toHaveLength(1);
    expect(doc.notes).toEqual(['read from a PDF: 3 pages, 6 page headers/footers dropped', '2 table header rows repeated on later pages dropped']);
  });

  it('keeps section 七 merged down over the page break (rows 22–24 on page 3)', async () => {
    const doc = await readPdf(fixture('meizhou.pdf'));
    const row = (n: string) => doc.lines.find((l) => l.cells?.[1]?.text.startsWith(n))!.cells!;
    expect(row('21.')[0]).toEqual({ text: '七、切实增强回应关切效果' });
    for (const n of ['22.', '23.', '24.']) expect(row(n)[0]).toEqual({ text: '', merged: true });
  });

  it('joins back the row of tasks 19–20 that a page break cut in two (meizhou-split.pdf)', async () => {
    const doc = await readPdf(fixture('meizhou-split.pdf'));
    expect(tableRows(doc)).toEqual([meizhouHeader.map((text) => ({ text })), ...rows.slice(5, 15).map(expectedCells)]);
    expect(doc.notes).toEqual(['read from a PDF: 2 pages, 4 page headers/footers dropped']);
  });

  // pdf.js reads the end of one cell's line and the start of the next cell's, on one baseline a narrow gap apart, as one
  // run of text (各设区市，平潭综合实 办好“): it is cut at the column border it runs across.
  it('cuts a run of text that crosses a column border back into its cells (fujian-zwgk-2017.pdf)', async () => {
    const doc = await readPdf(fixture('fujian-zwgk-2017.pdf'));
    const task20 = tableRows(doc).find((cells) => cells![0]!.text.startsWith('20.'))!.map((c) => c.text);
    expect(task20.slice(0, 3)).toEqual(['20.做好农产品价格信息公开工作', '省农业厅', '各设区市，平潭综合实验区']);
    expect(task20[3]).toMatch(/^办好“福建农业信息服务网”，每周发布省内农产品批发市场价格信息/);
  });

  // The first row after a page break with a number of its own in the 序号 column is a row of its own, though its first
  // cell (a merged group) is empty and the row before it ends without a full stop.
  it('keeps the numbered row after a page break apart from the row the break followed (chongqing-fuwu-qingdan-2024.pdf)', async () => {
    const doc = await readPdf(fixture('chongqing-fuwu-qingdan-2024.pdf'));
    const serials = tableRows(doc).map((cells) => cells!.find((c) => /^\d+(?:\s+\d+)*$/.test(c.text))?.text ?? null);
    expect(serials.filter((s) => s !== null)).toEqual(Array.from({ length: 21 }, (_, k) => String(k + 1)));
  });

  it('does not take the underline under each line of a cell for a row border (meizhou-underlined.pdf)', async () => {
    const doc = await readPdf(fixture('meizhou-underlined.pdf'));
    expect(tableRows(doc)).toEqual([meizhouHeader.map((text) => ({ text })), ...rows.slice(0, 6).map(expectedCells)]);
  });

  it('reads a table without ruled lines from text positions: 序号 column, wrapped cells (meizhou-unruled.pdf)', async () => {
    const doc = await readPdf(fixture('meizhou-unruled.pdf'));
    expect(tableRows(doc)).toEqual([
      [{ text: '序号' }, { text: '具体要求' }, { text: '落实单位' }],
      ...numberedRows(rows.slice(0, 10)).map((cells) => cells.map((text) => ({ text }))),
    ]);
    expect(paragraphs(doc)).toEqual([...meizhouPreamble, '公开方式：主动公开']);
    expect(doc.notes).toContain('a table without ruled lines was read from the positions of its text: check its rows');
  });

  // 平潭 2018 政务公开 任务分解表 printed by Chromium (fixtures/formats/make.ts): the table open at both sides, its cells
  // set justified (pdf.js writes the spread-out characters of a short line with spaces between them), the row of task 7
  // cut by a page break, its task's title continuing on the next page, and the last row's rest on the third page.
  it('reads a table open at its sides, its justified cells and a row a page break cut through its first cell (pingtan-zwgk-2018.pdf)', async () => {
    const doc = await readPdf(fixture('pingtan-zwgk-2018.pdf'));
    // Chromium's PDF maps some glyphs to radical forms (⼯ ⺠ ⻅); the importer reads them as the characters later (clean.ts).
    const unified = (s: string) => s.replace(/[\u2E80-\u2FDF]/g, unifiedIdeograph);
    const table = tableRows(doc).map((cells) => cells!.map((c) => unified(c.text)));
    expect(table[0]).toEqual(['工作任务', '牵头单位', '责任单位', '工作要求']);
    expect(table.map((cells) => cells[0]!.match(/^\d+/)?.[0])).toEqual([undefined, '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(table[1]!.slice(0, 3)).toEqual(['1.政府工作要做到公开透明', '', '区直有关单位，各乡镇人民政府']);
    expect(table[5]![0]).toBe('5. 推动全面实施“双随机、一公开”监管');
    expect(table[7]!.slice(0, 3)).toEqual(['7.推进重大建设项目批准和实施领域政府信息公开', '区经发局、重点办', '区直有关单位，各乡镇人民政府']);
    expect(table[7]![3]).toMatch(/^贯彻落实《福建省人民政府办公厅关于推进重大建设项目批准和实施领域政府信息公开的实施意见》（闽政办〔2018〕25号），.*突出做好项目批准和实施过程等信息公开工作。$/);
    // The table's last row runs onto the third page, where only the rule under it closes its rest.
    expect(table[11]![3]).toMatch(/^落实信息发布主体责任，.*深入解读政策背景、重点任务、后续工作考虑等，.*各单位主要领导落实政策解读职责情况纳入政府绩效考评依据。$/);
    expect(paragraphs(doc).filter((p) => /考评依据|后续/.test(p))).toEqual([]);
    const plan = importPlan(doc, { sourceFile: 'pingtan-zwgk-2018.pdf', importedOn: '2026-01-01', registry: new Registry([]), sha256: '0'.repeat(64), overrides: { title: '2018年政务公开工作主要任务分解表', issuer: '平潭综合实验区管委会办公室', year: 2018, region: '平潭综合实验区' } });
    const units = [...walkPlan(plan.entry)].map((r) => r.requirement.units.map((u) => `${u.role}:${u.name}`).join(' '));
    expect(units).toHaveLength(11);
    expect(units[6]).toBe('lead:区经发局 lead:重点办 responsible:区直有关单位 responsible:各乡镇人民政府');
    expect(units[0]).toBe('responsible:区直有关单位 responsible:各乡镇人民政府');
  });

  it('keeps a list of persons whose two-character names are spaced out to three as lines, not a table of single characters (pingtan-huanwei.pdf)', async () => {
    const doc = await readPdf(fixture('pingtan-huanwei.pdf'));
    expect(paragraphs(doc)).toEqual(expect.arrayContaining(['吴兆阳 中楼乡人民政府乡长', '高 华 岚城乡人民政府乡长', '翁 彬 澳前镇人民政府镇长', '陈 勇 敖东镇人民政府镇长']));
    expect(tableRows(doc).some((cells) => cells!.some((c) => /^[\u3400-\u9fff]$/u.test(c.text)))).toBe(false);
  });

  it('refuses a scanned PDF (an image of the page, no text layer): run OCR or ask for the text version', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="100%" height="100%" fill="white"/>
      <text x="120" y="200" font-size="48" font-family="Noto Serif CJK SC">${meizhouTitle}</text>
      <text x="120" y="300" font-size="28" font-family="Noto Serif CJK SC">${rows[0]!.requirements[0]!.slice(0, 30)}</text></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const pdf = await PDFDocument.create();
    const image = await pdf.embedPng(png);
    for (let n = 0; n < 2; n++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    const scanned = await pdf.save();
    const err = await readPdf(scanned).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/^the PDF has no text layer \(2 pages, 0 characters of text\): it is a scanned image\. Run OCR .*ask the publisher for the text version/);
  });

  it('refuses what is not a readable PDF with an ImportError', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\nnot really'))).rejects.toThrow(ImportError);
    await expect(readPdf(fixture('meizhou.pdf').subarray(0, 2000))).rejects.toThrow(/not a readable PDF|no text layer/);
  });
});

describe('readXlsx', () => {
  /** What the spreadsheet of rows 1–15 reads as: the merged title as a line, then the header and the rows. */
  const expectedSheet = (doc: SourceDocument) => {
    expect(doc.lines[0]).toEqual({ text: meizhouTitle, line: 1 });
    expect(tableRows(doc)).toEqual([meizhouHeader.map((text) => ({ text })), ...rows.slice(0, 15).map(expectedCells)]);
    expect(doc.lines.slice(1).every((l) => l.table === 0)).toBe(true);
    expect(doc.lines.map((l) => l.text).join('\n')).not.toContain('内部说明');
  };

  it('reads an .xlsx built with exceljs from real rows: title line, merged section cells, rich text and a formula as their text', async () => {
    const doc = await readXlsx(await buildMeizhouXlsx(rows.slice(0, 15)));
    expectedSheet(doc);
    expect(doc.notes).toEqual(['read from a spreadsheet: sheet 分工方案 (17 rows)', 'hidden sheet not read: 说明']);
  });

  it('marks cells covered from the left as spanned and keeps the top-left text', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.addRow(['序号', '具体要求', '牵头单位', '责任单位']);
    ws.addRow(['1', rows[2]!.requirements[0], '市发展改革局', '']);
    ws.addRow(['2', rows[2]!.requirements[1], '', '']);
    ws.mergeCells('C2:D3');
    const doc = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(tableRows(doc)).toEqual([
      [{ text: '序号' }, { text: '具体要求' }, { text: '牵头单位' }, { text: '责任单位' }],
      [{ text: '1' }, { text: rows[2]!.requirements[0] }, { text: '市发展改革局' }, { text: '', spanned: true }],
      [{ text: '2' }, { text: rows[2]!.requirements[1] }, { text: '', merged: true }, { text: '', spanned: true }],
    ]);
  });

  it('refuses what is not a spreadsheet with an ImportError', async () => {
    await expect(readXlsx(new TextEncoder().encode('工作任务,具体要求'))).rejects.toThrow(ImportError);
  });

  it(
    'reads .xls and .ods (converted by LibreOffice) to the same rows as the .xlsx',
    async () => {
      for (const name of ['meizhou-sheet.xls', 'meizhou-sheet.ods']) {
        const bytes = fixture(name);
        const kind = officeKind(bytes, name)!;
        expect(kind.target).toBe('xlsx');
        expectedSheet(await readXlsx(await convertWithLibreOffice(name, bytes, kind.target)));
      }
    },
    sofficeTimeout,
  );
});

describe('LibreOffice conversion', () => {
  it('tells the formats by their content: OLE2 (.doc/.wps/.xls/.et) and OpenDocument (.odt/.ods), not .docx/.xlsx/.pdf', async () => {
    expect(officeKind(fixture('meizhou.doc'), 'plan.doc')).toEqual({ name: 'Word 97–2003 document (.doc)', target: 'docx' });
    expect(officeKind(fixture('meizhou.doc'), 'plan.wps')).toEqual({ name: 'WPS document (.wps)', target: 'docx' });
    expect(officeKind(fixture('meizhou.doc'), 'download')).toMatchObject({ target: 'docx' });
    expect(officeKind(fixture('meizhou-sheet.xls'), 'plan.et')).toEqual({ name: 'WPS spreadsheet (.et)', target: 'xlsx' });
    expect(officeKind(fixture('meizhou-sheet.xls'), 'plan.doc')).toMatchObject({ target: 'xlsx' });
    expect(officeKind(fixture('meizhou.odt'), 'plan.bin')).toEqual({ name: 'OpenDocument text (.odt)', target: 'docx' });
    expect(officeKind(fixture('meizhou-sheet.ods'))).toEqual({ name: 'OpenDocument spreadsheet (.ods)', target: 'xlsx' });
    expect(officeKind(await buildMeizhouXlsx(rows.slice(0, 2)), 'plan.xlsx')).toBeUndefined();
    expect(officeKind(fixture('meizhou.pdf'), 'plan.doc')).toBeUndefined();
  });

  it(
    'converts .doc, .wps and .odt to .docx that mammoth reads with the real rows and merged section cells, and leaves no temporary files',
    async () => {
      // A temporary folder of the test's own, so other processes' files do not count.
      const tmp = mkdtempSync(join(tmpdir(), 'fengong-office-test-'));
      const saved = process.env['TMPDIR'];
      process.env['TMPDIR'] = tmp;
      try {
        for (const [name, source] of [
          ['plan.doc', 'meizhou.doc'],
          ['plan.wps', 'meizhou.doc'],
          ['plan.odt', 'meizhou.odt'],
        ] as const) {
          const docx = await convertWithLibreOffice(name, fixture(source), 'docx');
          const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
          expect(html).toContain(`<p>${meizhouTitle}</p>`);
          expect(html).toContain('<td rowspan="2"><p>一、做好各类规划主动公开</p></td>');
          expect(html).toContain(`<td rowspan="4"><p>七、切实增强回应关切效果</p></td>`);
          expect(html).toContain(`<p>${rows[10]!.requirements[1]}</p>`);
        }
        // Neither the conversion folder nor anything LibreOffice wrote is left.
        expect(readdirSync(tmp)).toEqual([]);
      } finally {
        if (saved === undefined) delete process.env['TMPDIR'];
        else process.env['TMPDIR'] = saved;
        rmSync(tmp, { recursive: true, force: true });
      }
    },
    sofficeTimeout,
  );

  it('says how to install LibreOffice when soffice is not on the PATH', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'fengong-empty-path-'));
    const path = process.env['PATH'];
    process.env['PATH'] = empty;
    try {
      const err = await convertWithLibreOffice('plan.doc', fixture('meizhou.doc'), 'docx').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      const message = (err as Error).message;
      expect(message).toContain('LibreOffice is needed to read this file and is not installed (no `soffice` command)');
      expect(message).toContain('apt-get install -y --no-install-recommends libreoffice-writer-nogui');
      expect(message).toContain('libreoffice-calc-nogui');
      expect(message).toContain('brew install --cask libreoffice');
      expect(message).toContain('save it as .docx');
    } finally {
      process.env['PATH'] = path;
      rmSync(empty, { recursive: true, force: true });
    }
    await expect(convertWithLibreOffice('plan.et', fixture('meizhou-sheet.xls'), 'xlsx', { command: 'no-such-soffice' })).rejects.toThrow(/no `no-such-soffice` command/);
  });
});

describe('traditional Chinese (繁体)', () => {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const plans = readdirSync('public/sources').filter((f) => f.endsWith('.txt'));
  const asDoc = (text: string): SourceDocument => ({ lines: text.split('\n').map((t, i) => ({ text: t, line: i + 1 })), notes: [] });

  it('detects each bundled plan converted to 繁体 (Taiwan and Hong Kong forms) and reads it back to the simplified text', () => {
    for (const f of plans) {
      const plan = readFileSync(join('public/sources', f), 'utf8');
      for (const traditional of [toTw(plan), toHk(plan)]) {
        expect(traditional).not.toBe(plan);
        expect(detectTraditional(traditional)).toBe(true);
        const doc = simplifyIfTraditional(asDoc(traditional));
        expect(doc.lines.map((l) => l.text).join('\n')).toBe(plan);
        expect(doc.notes).toEqual(['converted from traditional Chinese (繁体) to simplified']);
      }
    }
  });

  it('converts the cells of table rows too', async () => {
    const sheet = await readXlsx(await buildMeizhouXlsx(rows.slice(0, 4)));
    const traditional: SourceDocument = {
      lines: sheet.lines.map((l) => ({ ...l, text: toTw(l.text), ...(l.cells ? { cells: l.cells.map((c) => ({ ...c, text: toTw(c.text) })) } : {}) })),
      notes: sheet.notes,
    };
    expect(traditional.lines[2]!.cells![0]!.text).toBe('一、做好各類規劃主動公開');
    expect(toSimplified(traditional)).toEqual({ lines: sheet.lines, notes: [...sheet.notes, 'converted from traditional Chinese (繁体) to simplified'] });
  });

  it('does not flag simplified plans, even with 繁体 names and quotations in them', () => {
    for (const f of plans) {
      const plan = readFileSync(join('public/sources', f), 'utf8');
      expect(detectTraditional(plan)).toBe(false);
      const withNames = `${plan}\n附：與臺灣、香港、澳門同胞交流的《國務院辦公廳關於印發2021年政務公開工作要點的通知》舊稱。`;
      expect(detectTraditional(withNames)).toBe(false);
      const doc = asDoc(withNames);
      expect(simplifyIfTraditional(doc)).toBe(doc);
    }
  });
});

describe('npx tsx scripts/import.ts <file> --json reads the new formats', () => {
  /** Runs the importer as a person would; the plan document is printed on stdout. */
  const importJson = (file: string) => {
    const run = spawnSync(...tsx('scripts/import.ts', file, '--json'), { encoding: 'utf8', timeout: sofficeTimeout });
    expect(run.status, run.stderr).toBe(0);
    type Requirement = { no: number; text: string; unitsRaw: string };
    type Plan = { title: string; docNumber: string | null; year: number; sections: Array<{ title: string; requirements: Requirement[]; tasks: Array<{ requirements: Requirement[] }> }> };
    return { plan: JSON.parse(run.stdout) as Plan, report: run.stderr };
  };

  it(
    'prints the plan of meizhou.pdf, meizhou.doc and meizhou-sheet.xls, with the reading noted in the report',
    () => {
      for (const [name, note] of [
        ['meizhou.pdf', 'read from a PDF: 3 pages, 6 page headers/footers dropped'],
        ['meizhou.doc', 'converted with LibreOffice from the Word 97–2003 document (.doc) to .docx'],
        ['meizhou-sheet.xls', 'read from a spreadsheet: sheet 分工方案 (17 rows)'],
      ] as const) {
        const { plan, report } = importJson(join(dir, name));
        expect(plan.year).toBe(2021);
        expect(plan.title).toContain('梅州市2021年政务公开工作要点分工方案');
        expect(plan.sections.map((s) => s.title)).toEqual(rows.slice(0, 15).flatMap((r) => (r.section ? [r.section.replace(/^[一二三四五六七八九十]+、/, '')] : [])));
        // Tasks 1–24, each a requirement with its real wording.
        const requirements = plan.sections.flatMap((s) => [...s.requirements, ...s.tasks.flatMap((t) => t.requirements)]);
        expect(requirements.map((r) => r.no)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
        expect(requirements[23]).toMatchObject({ text: '加强舆情回应台账管理，认真核查已作出的承诺落实及公开情况，切实维护政府公信力。', unitsRaw: '各县（市、区）人民政府；市直各单位' });
        expect(report).toContain(note);
      }
    },
    3 * sofficeTimeout,
  );

  it(
    'prints a 繁体 plan (2021-meizhou converted cn→tw) in simplified characters',
    () => {
      const work = mkdtempSync(join(tmpdir(), 'fengong-trad-'));
      try {
        const file = join(work, 'meizhou-tw.txt');
        writeFileSync(file, OpenCC.Converter({ from: 'cn', to: 'tw' })(readFileSync('public/sources/2021-meizhou.txt', 'utf8')));
        const { plan, report } = importJson(file);
        expect(plan.title).toBe('梅州市人民政府办公室关于印发梅州市2021年政务公开工作要点分工方案的通知');
        expect(plan.docNumber).toBe('梅市府办函〔2021〕159号');
        expect(report).toContain('converted from traditional Chinese (繁体) to simplified');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    sofficeTimeout,
  );
});

describe('fuzz: damaged files never hang or crash the readers', () => {
  /** The reader gives a document or refuses with an ImportError; anything else fails the property. */
  const survives = async (read: (b: Uint8Array) => Promise<SourceDocument>, bytes: Uint8Array) => {
    try {
      await read(bytes);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
    }
  };
  /** A real file with some bytes overwritten, a slice cut out, or its end cut off. */
  const mutated = (original: Uint8Array) =>
    fc
      .record({
        edits: fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        cut: fc.option(fc.tuple(fc.nat({ max: original.length - 1 }), fc.nat({ max: 4096 }))),
        keep: fc.option(fc.integer({ min: 1, max: original.length })),
      })
      .map(({ edits, cut, keep }) => {
        let b = new Uint8Array(original);
        for (const [at, v] of edits) b[at] = v;
        if (cut) b = new Uint8Array([...b.subarray(0, cut[0]), ...b.subarray(cut[0] + cut[1])]);
        return keep ? b.subarray(0, keep) : b;
      });

  it('readPdf on random and mutated PDF bytes', async () => {
    const pdf = fixture('meizhou-unruled.pdf');
    const header = new TextEncoder().encode('%PDF-1.4\n');
    const random = fc.uint8Array({ maxLength: 2048 }).map((b) => (b.length % 2 ? new Uint8Array([...header, ...b]) : b));
    await fc.assert(
      fc.asyncProperty(fc.oneof(random, mutated(pdf)), (b) => survives(readPdf, b)),
      { numRuns: 40, seed: 20210713 },
    );
  }, 120_000);

  it('readXlsx on random and mutated .xlsx bytes', async () => {
    const xlsx = await buildMeizhouXlsx(rows.slice(0, 6));
    const random = fc.uint8Array({ maxLength: 2048 }).map((b) => (b.length % 2 ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]) : b));
    await fc.assert(
      fc.asyncProperty(fc.oneof(random, mutated(xlsx)), (b) => survives(readXlsx, b)),
      { numRuns: 60, seed: 20210713 },
    );
  }, 120_000);
});
