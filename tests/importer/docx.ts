import { strToU8, zipSync } from 'fflate';

/** A table cell: text (paragraphs), and how it merges with its neighbours. */
export interface DocxCell {
  text: string | string[];
  /** Vertical merge: `restart` starts a merged cell, `continue` is a cell it spans. */
  vMerge?: 'restart' | 'continue';
  /** Horizontal span in grid columns. */
  span?: number;
}
export type DocxBlock = string | { rows: Array<Array<DocxCell | string>> };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => (text ? `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>` : '<w:p/>');

function cell(c: DocxCell | string): string {
  const d = typeof c === 'string' ? { text: c } : c;
  const props = [d.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : d.vMerge === 'continue' ? '<w:vMerge/>' : '', d.span ? `<w:gridSpan w:val="${d.span}"/>` : ''].join('');
  const paras = (Array.isArray(d.text) ? d.text : [d.text]).map(paragraph).join('') || '<w:p/>';
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paras}</w:tc>`;
}

/**
 * Builds a minimal .docx (WordprocessingML in a zip) with paragraphs and
 * tables, the way Word writes vertically merged cells (w:vMerge), so tests
 * run the real mammoth conversion on it.
 */
export function buildDocx(blocks: readonly DocxBlock[]): Uint8Array {
  const body = blocks
    .map((b) => (typeof b === 'string' ? paragraph(b) : `<w:tbl>${b.rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`))
    .join('');
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  };
  return zipSync(files);
}

/** The .docx fixture: 梅州 2021 wording, with section, task and units cells merged down over several rows. */
export const meizhouDocx: DocxBlock[] = [
  '梅州市人民政府办公室',
  '梅市府办函〔2021〕95号',
  '梅州市人民政府办公室关于印发梅州市2021年政务公开工作要点分工方案的通知',
  '各县（市、区）人民政府，市府直属和中直、省属驻梅有关单位：',
  '现将《梅州市2021年政务公开工作要点分工方案》印发给你们，请认真组织实施。',
  '梅州市人民政府办公室',
  '2021年8月20日',
  '梅州市2021年政务公开工作要点分工方案',
  {
    rows: [
      ['工作要求', '具体任务', '具体要求', '责任单位'],
      [
        { text: '一、做好市场规则标准和监管执法信息公开', vMerge: 'restart' },
        { text: '（一）市场规则', vMerge: 'restart' },
        '1.主动公开全国统一的市场准入负面清单，及时根据调整情况做好更新发布。',
        { text: ['各县（市、区）人民政府；', '市发展改革局、商务局、市场监管局牵头，市直其他单位按职责分工落实'], vMerge: 'restart' },
      ],
      [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, '2.及时公开建设高标准市场体系行动方案的落实举措。', { text: '', vMerge: 'continue' }],
      [
        { text: '', vMerge: 'continue' },
        '（二）监管执法',
        '3.强化行政执法信息公开，加强反垄断与反不正当竞争执法信息公开工作。',
        { text: '', vMerge: 'continue' },
      ],
      [
        { text: '二、做好常态化疫情防控信息公开', vMerge: 'restart' },
        { text: '', span: 1 },
        ['4.重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息。', '扎实做好疫苗接种信息公开和舆论引导工作。'].join(''),
        '各县（市、区）人民政府；市卫健委牵头，市直其他单位按职责分工落实',
      ],
      [{ text: '', vMerge: 'continue' }, '', '5.提高新冠肺炎疫情防控信息发布规范化水平，统一步调对外发声。', '市直各单位'],
    ],
  },
  '公开方式：主动公开',
];
