// What the importer refuses or reports so that nothing unpublishable, hostile
// or broken becomes an entry (issue 15): 公开方式 markings however written,
// plan ids, control and invisible characters, undecodable bytes, truncation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { walkPlan } from '../../src/lib/catalog';
import { ImportError } from '../../src/lib/importer/errors';
import { importPlanDocument } from '../../src/lib/importer/document';
import { importPlan, type ImportResult } from '../../src/lib/importer/index';
import { assertZipWithinBounds, maxInflatedBytes } from '../../src/lib/importer/read/bounds';
import { readSource } from '../../src/lib/importer/read/index';
import { findDisclosureMarkings, judgeDisclosure, textLines } from '../../src/lib/model/disclosure';
import { httpUrl } from '../../src/lib/schema/common';
import { registry, root } from '../support/seeds';
import { tsx } from '../support/site';
import { buildDocx, meizhouDocx } from './docx';

const units = registry();
const seed = (id: string) => readFileSync(`${root}/public/sources/${id}.txt`, 'utf8');
const meizhou = seed('2021-meizhou');
const importText = (text: string, id = '2021-meizhou'): ImportResult => importPlan(text, { sourceFile: 'x.txt', importedOn: '2026-01-01', registry: units, id });
const refusal = (text: string): string => {
  try {
    importText(text);
  } catch (e) {
    if (e instanceof ImportError) return e.message;
    throw e;
  }
  return '';
};
/** The 梅州 plan with its 公开方式 line replaced. */
const withMarking = (marking: string) => meizhou.replace('公开方式：主动公开', marking);
const markingLine = meizhou.split('\n').findIndex((l) => l.startsWith('公开方式')) + 1;

describe('公开方式 markings: anything but 主动公开 is refused, however it is written', () => {
  it.each([
    // [how the marking is written]
    ['公开方式：依申请公开'], // the plain form
    ['公开方式 ：依申请公开'], // a space before the colon
    ['公开方式:不予公开'], // half-width colon
    ['公 开 方 式：依申请公开'], // spaces inside the label
    ['公开方式　：　不予公开'], // ideographic spaces
    ['【公开方式】依申请公开'], // bracketed label
    ['[公开方式]不予公开'],
    ['（公开方式：依申请公开）'],
    ['公开属性：依申请公开'], // other labels governments use
    ['公开选项：不予公开'],
    ['信息公开选项：依申请公开'],
    ['公开类型：不公开'],
    ['公開方式：依申請公開'], // 繁体
    ['公開屬性：不予公開'],
    ['公\u200b开方式：依申请公开'], // zero-width space inside the label
    ['公开\u202e方式：依申请公开'], // bidi override inside the label
    ['公开方式：\u200d依申请公开'], // zero-width joiner inside the value
    ['公开方式：免予公开'],
    ['公开方式：内部'], // a value that is not 主动公开
    ['公开方式：'], // a marking with no value
    ['此件不予公开'], // GB/T 9704 form
    ['（此件依申请公开）'],
    ['公开方式：主动公开\n公开方式：依申请公开'], // a second marking after a 主动公开 line
    ['公开方式 | 依申请公开'], // label and value cells of a table row
  ])('%j', (marking) => {
    const message = refusal(withMarking(marking));
    expect(message).toMatch(/主动公开/);
    expect(message).toMatch(new RegExp(`line ${markingLine}|line ${markingLine + 1}`));
    expect(message).toContain('Fix:');
  });

  it('refuses a marking anywhere in the document, not only at its end', () => {
    const text = meizhou.replace('公开方式：主动公开', '').replace(/(梅市府办函〔2021〕\d+号)/, '$1\n公开属性：依申请公开');
    expect(refusal(text)).toMatch(/依申请公开/);
  });

  it.each([['公开方式：主动公开'], ['公开方式 ：主动公开'], ['【公开方式】主动公开'], ['公開方式：主動公開'], ['公开属性：主动公开'], ['（此件公开发布）']])(
    '%j is publishable, recorded as 主动公开 and not glued onto the last requirement',
    (marking) => {
      const result = importText(withMarking(marking));
      expect(result.entry.disclosure).toBe('主动公开');
      const last = [...walkPlan(result.entry)].at(-1)!.requirement;
      expect(`${last.text}${last.unitsRaw}`).not.toMatch(/公开方式|公開|公开属性|此件/);
    },
  );

  it('keeps ordinary prose about 公开方式 (the seeds say 科学合理确定公开方式) publishable', () => {
    for (const id of ['2022-leizhou', '2021-meizhou', '2018-jieyang', '2022-jiangmen-jgzx']) {
      expect(judgeDisclosure(findDisclosureMarkings(textLines(seed(id)))).refusal, id).toBeNull();
    }
    expect(judgeDisclosure(findDisclosureMarkings(textLines('严格执行公文公开属性审查。科学合理确定公开方式，避免风险。'))).markings).toEqual([]);
  });
});

describe('plan ids and URLs', () => {
  it.each([['../../../../tmp/x'], ['2022 leizhou'], ['2022-雷州'], ['2022-Leizhou'], ['a--b'], ['-a'], ['']])('refuses the id %j', (id) => {
    expect(() => importText(meizhou, id)).toThrow(/not allowed.*lower-case letters, digits and single hyphens/);
  });

  it.each([['javascript:alert(1)'], ['JavaScript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['vbscript:msgbox(1)'], ['file:///etc/passwd'], [' https://a.gov.cn/'], ['https://a.gov.cn/"><script>']])(
    'refuses the source URL %j',
    (url) => {
      expect(httpUrl.safeParse(url).success).toBe(false);
      expect(() => importPlan(meizhou, { sourceFile: 'x.txt', importedOn: '2026-01-01', registry: units, sourceUrl: url })).toThrow(ImportError);
    },
  );

  it('accepts http and https URLs', () => {
    for (const url of ['https://www.meizhou.gov.cn/zwgk/a.html', 'http://www.meizhou.gov.cn/a?b=1#c']) expect(httpUrl.safeParse(url).success).toBe(true);
  });
});

describe('damaged input is reported with its line', () => {
  const warnings = (r: ImportResult, kind: string) => r.report.filter((i) => i.kind === kind && i.level === 'warning');

  it('removes a control character from the title and says where', () => {
    const text = meizhou.replace('梅州市人民政府办公室关于印发', '梅州市人民政府办公室关于\u0001印发');
    const result = importText(text);
    expect(result.entry.title).not.toContain('\u0001');
    const line = text.split('\n').findIndex((l) => l.includes('\u0001')) + 1;
    expect(warnings(result, 'text-damaged').map((w) => w.line)).toContain(line);
  });

  it('removes zero-width and bidi characters inside unit names, so they match the registry, and reports each line', () => {
    const text = meizhou.replace('市政府办公室牵头', '市政\u200b府办公室\u202e牵头');
    const clean = importText(meizhou);
    const result = importText(text);
    expect([...walkPlan(result.entry)].map((r) => r.requirement.units)).toEqual([...walkPlan(clean.entry)].map((r) => r.requirement.units));
    expect(warnings(result, 'text-damaged')[0]?.message).toMatch(/U\+200B.*U\+202E|invisible/);
  });

  it('reports U+FFFD (bytes that were not UTF-8) with its line', () => {
    const text = meizhou.replace('市政府办公室牵头', '市政\uFFFD办公室牵头');
    const line = text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1;
    expect(warnings(importText(text), 'text-damaged').map((w) => [w.line, /UTF-8/.test(w.message)])).toContainEqual([line, true]);
  });

  it.each([
    ['2018-jieyang', 24],
    ['2021-meizhou', 37],
  ])('warns that %s cut after requirement %i at a sentence end may be truncated', (id, keep) => {
    const text = seed(id);
    const full = [...walkPlan(importText(text, id).entry)];
    const next = full[keep]!.requirement.text.slice(0, 10);
    const cut = text.slice(0, text.lastIndexOf('\n', text.indexOf(next)));
    const result = importText(cut, id);
    expect([...walkPlan(result.entry)]).toHaveLength(keep);
    expect(warnings(result, 'truncated')).toHaveLength(1);
    // The whole document is not reported as truncated.
    expect(warnings(importText(text, id), 'truncated')).toEqual([]);
  });
});

describe('a plan JSON (data/plans/<id>.json) is held to the same rules', () => {
  const document = () => JSON.parse(readFileSync(`${root}/tests/data/golden/plans/2018-jieyang.json`, 'utf8')) as Record<string, unknown>;
  const load = (data: unknown) => importPlanDocument(JSON.stringify(data), { registry: units, themes: [] });
  it.each([
    ['an id that climbs out of the plans folder', (d: Record<string, unknown>) => ({ ...d, id: '../../../tmp/x' }), /not allowed/],
    ['a javascript: source URL', (d: Record<string, unknown>) => ({ ...d, source: { ...(d['source'] as object), url: 'javascript:alert(1)' } }), /http\(s\)/],
    ['a notice marked 依申请公开', (d: Record<string, unknown>) => ({ ...d, notice: '公开方式 ：依申请公开' }), /依申请公开/],
    ['a control character in the title', (d: Record<string, unknown>) => ({ ...d, title: `${String(d['title'])}\u0001` }), /U\+0001/],
  ])('refuses %s', (_name, edit, says) => {
    expect(() => load(document())).not.toThrow();
    expect(() => load(edit(document()))).toThrow(says);
  });
});

describe('reading costs are bounded and odd encodings are read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-trust-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const requirementTexts = async (file: string) => [...walkPlan(importPlan((await readSource(file)).document, { sourceFile: 'x', importedOn: '2026-01-01', registry: units, id: '2021-meizhou' }).entry)].map((r) => r.requirement.text);

  it('counts what a zip really inflates to, whatever it declares', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(() => assertZipWithinBounds(bomb, 1024 * 1024)).toThrow(/zip bomb/);
    expect(() => assertZipWithinBounds(bomb, 16 * 1024 * 1024)).not.toThrow();
  });

  it('refuses a .docx that inflates past the limit before the Word reader sees it', async () => {
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, zipSync({ 'word/document.xml': new Uint8Array(maxInflatedBytes + 1024) }, { level: 9 }));
    await expect(readSource(file)).rejects.toThrow(/zip bomb/);
  }, 60_000);

  it('refuses /dev/zero and folders at once instead of reading forever', async () => {
    await expect(readSource('/dev/zero')).rejects.toThrow(/not a regular file/);
    await expect(readSource(dir)).rejects.toThrow(/not a regular file/);
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16 LE without one', (t: string) => Buffer.from(t, 'utf16le')],
    ['UTF-16 BE with a byte-order mark', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ])('reads %s as the same plan', async (_name, encode) => {
    const utf8 = join(dir, 'meizhou-utf8.txt');
    writeFileSync(utf8, meizhou);
    const file = join(dir, `meizhou-${_name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, encode(meizhou));
    expect(await requirementTexts(file)).toEqual(await requirementTexts(utf8));
  });

  // 成安 2022 房地产 十条措施 (tests/importer/corpus): a county page saved as the site serves it, in GBK, declared in its head.
  const gbkPage = `${root}/tests/importer/corpus/qn-hebei-chengan-2022-fangdichan-shitiao.html`;
  // Three of its measures with the units of their （责任单位：…） brackets.
  const measures = ['实施住房公积金阶 县住房公积金中心', '调整商品房预售许 县行政审批局', '满足房地产合理资 人行成安县支行、县地方金融监管局、邯郸银保监分局成安监管组'];
  const measuresOf = (source: Awaited<ReturnType<typeof readSource>>) =>
    [...walkPlan(importPlan(source.document, { sourceFile: 'x', importedOn: '2026-01-01', registry: registry(), id: '2022-chengan' }).entry)].map((r) => `${r.requirement.text.slice(0, 8)} ${r.requirement.units.map((u) => u.name).join('、')}`);

  it('reads a page in the GBK its head declares, and says so', async () => {
    const source = await readSource(gbkPage);
    expect(source.document.notes).toContain('read as GBK, the encoding the page declares');
    expect(measuresOf(source)).toEqual(expect.arrayContaining(measures));
  });

  it('reads a text file saved as GBK ("ANSI" on Chinese Windows) as the same plan', async () => {
    // The page's text as the HTML reader gives it, encoded to GBK with the table of the standard decoder itself: every
    // two-byte GBK code, decoded once, says which character it is.
    const page = await readSource(gbkPage);
    const gbk = new Map<string, number[]>();
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    [...new TextDecoder('gbk').decode(Uint8Array.from(pairs))].forEach((ch, k) => gbk.has(ch) || gbk.set(ch, [pairs[2 * k]!, pairs[2 * k + 1]!]));
    const bytes = [...page.text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (gbk.get(ch) ?? [0x3f])));
    const file = join(dir, 'chengan-ansi.txt');
    writeFileSync(file, Uint8Array.from(bytes));
    const source = await readSource(file);
    expect(source.document.notes).toContain('read as GBK (GB18030), the file not being UTF-8');
    expect(measuresOf(source)).toEqual(expect.arrayContaining(measures));
  });

  it('refuses bytes that are neither UTF-8 nor GBK, saying how to convert them', async () => {
    const file = join(dir, 'neither.txt');
    // (0xFF starts no character in GBK or GB18030; 0x80 would be €.)
    writeFileSync(file, Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xff : 0x41))));
    await expect(readSource(file)).rejects.toThrow(/neither UTF-8 nor GBK text: save it again as UTF-8/);
  });

  it('warns with the line where bytes are not UTF-8', async () => {
    const bytes = Buffer.from(meizhou, 'utf8');
    const at = bytes.indexOf(Buffer.from('市政府办公室牵头'));
    bytes[at] = 0xff;
    const file = join(dir, 'damaged.txt');
    writeFileSync(file, bytes);
    const line = meizhou.slice(0, meizhou.indexOf('市政府办公室牵头')).split('\n').length;
    const result = importPlan((await readSource(file)).document, { sourceFile: 'x', importedOn: '2026-01-01', registry: units, id: '2021-meizhou' });
    expect(result.report.filter((i) => i.kind === 'text-damaged').map((i) => i.line)).toContain(line);
  });
});

describe('fuzz: every input format, damaged at random, gives a plan or a clear refusal and writes nothing on refusal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-trust-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const formats: Array<[string, Uint8Array]> = [
    ['.txt', new TextEncoder().encode(meizhou)],
    ['.md', readFileSync(`${root}/tests/importer/fixtures/pipe-fewer-cells.md`)],
    ['.html', readFileSync(`${root}/tests/importer/fixtures/gov-page.html`)],
    ['.docx', buildDocx(meizhouDocx)],
    ['.json', readFileSync(`${root}/tests/data/golden/plans/2021-meizhou.json`)],
  ];
  /** A real file with some bytes overwritten (with bytes that matter to parsers among others), a slice cut out, or its end cut off. */
  const mutated = (original: Uint8Array) =>
    fc
      .record({
        edits: fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 0x0a, 0x22, 0x3c, 0x7c, 0x09, 0xe3, 0xff))), { maxLength: 30 }),
        cut: fc.option(fc.tuple(fc.nat({ max: original.length - 1 }), fc.nat({ max: 4096 }))),
        keep: fc.option(fc.integer({ min: 1, max: original.length })),
      })
      .map(({ edits, cut, keep }) => {
        let b = new Uint8Array(original);
        for (const [at, v] of edits) b[at] = v;
        if (cut) b = new Uint8Array([...b.subarray(0, cut[0]), ...b.subarray(cut[0] + cut[1])]);
        return keep ? b.subarray(0, keep) : b;
      });
  /** readSource then the importer, as the command does: a plan, or an ImportError; anything else fails. */
  const survives = async (file: string, bytes: Uint8Array, ext: string) => {
    writeFileSync(file, bytes);
    try {
      const source = await readSource(file);
      if (ext === '.json') importPlanDocument(source.text, { registry: units, themes: [] });
      else importPlan(source.document, { sourceFile: `x${ext}`, importedOn: '2026-01-01', registry: units, sha256: source.sha256 });
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
    }
  };

  it.each(formats)('%s in process', async (ext, original) => {
    const file = join(dir, `fuzz${ext}`);
    await fc.assert(
      fc.asyncProperty(mutated(original), (b) => survives(file, b, ext)),
      { numRuns: 40, seed: 15 },
    );
  }, 120_000);

  it.each(formats)('%s through npm run import', (ext, original) => {
    // A few damaged files per format through the command itself: exit 0 with one entry, or exit 1 with none.
    const samples = fc.sample(mutated(original), { numRuns: 3, seed: 15 });
    samples.forEach((bytes, i) => {
      const file = join(dir, `cli-${i}${ext}`);
      writeFileSync(file, bytes);
      const out = join(dir, `out-${ext.slice(1)}-${i}`);
      const r = spawnSync(...tsx('scripts/import.ts', file, '--out', out, '--date', '2026-01-01', '--id', '2021-fuzz'), { cwd: root, encoding: 'utf8', timeout: 60_000 });
      const written = existsSync(out) ? readdirSync(out) : [];
      expect(r.stderr, `sample ${i}`).not.toMatch(/^\s+at /m);
      if (r.status === 0) expect(written).toEqual(['2021-fuzz.md']);
      else {
        expect(r.status, r.stderr).toBe(1);
        expect(written).toEqual([]);
      }
    });
  }, 300_000);
});
