import { describe, expect, it } from 'vitest';
import { DataSet } from '../../src/lib/data/dataset';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { csvField, csvRecord, neutraliseFormula } from '../../src/lib/data/csv';
import { fixtureCatalog, fixturePublication } from './fixture';
import { csvRecords, parseCsv, text } from './helpers';

/** The fixture with requirement r11 of 雷州2022 rewritten to start with `start`. */
function plantedDataSet(start: string) {
  const original = '积极发挥广东数字政府“粤系列”平台优势，提供防疫大数据支撑。';
  const planted = `${start}${original}`;
  const catalog = fixtureCatalog((plans) => {
    const r = plans.find((p) => p.id === '2022-leizhou')?.data.sections[1]?.tasks[0]?.requirements[0];
    if (r?.id !== 'r11') throw new Error('fixture changed: expected r11 of 2022-leizhou');
    r.text = planted;
  });
  return { dataSet: new DataSet(catalog, fixturePublication), planted };
}

describe('Excel variant neutralises formulas; the clean CSV keeps the text', () => {
  // Each case: a character that makes Excel/WPS start a formula.
  it.each([
    ['=', 'equals'],
    ['+', 'plus'],
    ['-', 'minus'],
    ['@', 'at'],
    ['\t', 'tab'],
    ['\r', 'carriage return'],
    ['＝', 'full-width equals'],
    ['＋', 'full-width plus'],
    ['－', 'full-width minus'],
    ['＠', 'full-width at'],
  ])('text starting with %j (%s)', (start) => {
    const { dataSet, planted } = plantedDataSet(start);
    const r11 = (path: string) => csvRecords(dataSet.bytes(path)).find((r) => r['plan_id'] === '2022-leizhou' && r['requirement_id'] === 'r11');
    expect(r11('requirements.csv')?.['text']).toBe(planted);
    expect(r11('requirements.excel.csv')?.['text']).toBe(`'${planted}`);
    const ledger = csvRecords(dataSet.bytes('units/leizhou-gezhenjie.excel.csv')).find((r) => r['url']?.endsWith('/plans/2022-leizhou/#r11'));
    expect(ledger?.['text']).toBe(`'${planted}`);
  });

  it('leaves ordinary Chinese text alone', () => {
    expect(neutraliseFormula('各镇（街）；市财政局')).toBe('各镇（街）；市财政局');
    expect(neutraliseFormula('1+1')).toBe('1+1');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('CSV bytes', () => {
  const dataSet = new DataSet(fixtureCatalog(), fixturePublication);
  const csvFiles = dataSet.files().filter((f) => f.path.endsWith('.csv'));

  it.each(csvFiles.map((f) => [f.path]))('%s: BOM only in the Excel variant, CRLF record ends, UTF-8', (path) => {
    const bytes = dataSet.bytes(path);
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    expect(hasBom).toBe(path.endsWith('.excel.csv'));
    const body = text(bytes);
    expect(body.endsWith('\r\n')).toBe(true);
    // Every LF in the file ends a record (the fixture has no line breaks inside cells).
    expect(body.match(/\n/g)?.length).toBe(body.match(/\r\n/g)?.length);
  });

  it('quotes a cell holding a line break, a comma or a quote, and parses back to the same text', () => {
    const tricky = '第一行\n第二行，含逗号,和"引号"';
    const catalog = fixtureCatalog((plans) => {
      const r = plans.find((p) => p.id === '2022-jiangmen-jgzx')?.data.sections[0]?.tasks[0]?.requirements[0];
      if (!r) throw new Error('fixture changed');
      r.text = tricky;
    });
    const csv = new DataSet(catalog, fixturePublication).bytes('requirements.csv');
    expect(text(csv)).toContain('"第一行\n第二行，含逗号,和""引号"""');
    const [header = [], ...rows] = parseCsv(csv);
    const first = rows.find((r) => r[header.indexOf('plan_id')] === '2022-jiangmen-jgzx') ?? [];
    expect(first[header.indexOf('text')]).toBe(tricky);
  });

  it('joins multiple units with the full-width semicolon', () => {
    const r1 = csvRecords(dataSet.bytes('requirements.csv')).find((r) => r['plan_id'] === '2022-leizhou' && r['requirement_id'] === 'r1');
    expect(r1?.['lead_units']).toBe('市政务服务数据管理局；市司法局');
    expect(r1?.['participate_units']).toBe('市直各单位');
    expect(r1?.['units_raw']).toBe('市政务服务数据管理局、市司法局牵头，市直各单位按职责分工落实');
    expect(r1?.['url']).toBe('/zwgk/fgfa/plans/2022-leizhou/#r1');
  });
});

describe('the CSV field encoder', () => {
  // csv-stringify with the options the project used before its own encoder: the reference.
  const reference = (cells: string[]) => stringify([cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });

  it('writes the same bytes as csv-stringify for any cells', () => {
    const chars = fc.constantFrom('a', '中', '"', ',', '\r', '\n', ' ', '；', '=', "'", '\t', '“');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (cells) => {
        expect(csvRecord(cells)).toBe(reference(cells));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('市财政局')).toBe('市财政局');
    expect(csvField('')).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('一\r二')).toBe('"一\r二"');
  });
});
