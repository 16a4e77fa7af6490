import { buildCatalog, type Catalog, type PlanInput } from '../../src/lib/catalog';
import { planEntrySchema, type PlanEntryInput } from '../../src/lib/schema/plan';
import { themeSchema } from '../../src/lib/schema/theme';
import { unitSchema } from '../../src/lib/schema/unit';
import { defaultLicence, type Publication } from '../../src/lib/data/publication';

/*
 * The canonical data fixture: small excerpts of two real plans, with the
 * sentences, unit cells and metadata exactly as the seed documents print them
 * (000 = 雷州2022, 004 = 江门建管中心2022). Small enough to read in a golden
 * file, real enough that the quoting and the Chinese are the documents' own.
 */

const leizhou: PlanEntryInput = {
  title: '雷州市人民政府办公室关于印发雷州市2022年政务公开工作要点分工方案的通知',
  issuer: '雷州市人民政府办公室',
  docNumber: '雷府办函〔2022〕316号',
  issuedOn: '2022-11-16',
  year: 2022,
  region: { name: '雷州市', code: '440882' },
  disclosure: '主动公开',
  recipients: ['各镇（街）', '市府各工作部门', '各直属单位'],
  cc: ['市委有关部委办', '市人大常委会办公室', '市政协办公室', '市纪委监委办公室', '中央、省、湛江市驻雷有关单位'],
  source: {
    file: '2022-leizhou.txt',
    sha256: 'f4ccb65d81febe5291fcd07e5bcc303adb8cec0b9c004e0a9b746ee9a7553863',
    importedOn: '2026-11-21',
  },
  sections: [
    {
      no: '一',
      title: '优化政务公开工作基础',
      tasks: [
        {
          no: '一',
          title: '深化行政规章、规范性文件集中公开',
          requirements: [
            {
              id: 'r1',
              no: 1,
              text: '加快推进市政府行政规范性文件库建设。市政府门户网站要建立市政府行政规范性文件库，集中公开市政府及其部门现行有效行政规范性文件。市司法局要做好全市行政规范性文件公开监督工作。',
              unitsRaw: '市政务服务数据管理局、市司法局牵头，市直各单位按职责分工落实',
              units: [
                { name: '市政务服务数据管理局', unit: 'leizhou-shizhengwufuwushujuguanliju', role: 'lead' },
                { name: '市司法局', unit: 'leizhou-shisifaju', role: 'lead' },
                { name: '市直各单位', unit: 'leizhou-shizhigedanwei', role: 'participate' },
              ],
            },
          ],
        },
        {
          no: '二',
          title: '持续推进基层政务公开标准化规范化',
          requirements: [
            {
              id: 'r4',
              no: 4,
              text: '各镇（街）要优化公开方式，综合利用村（居）民微信群、益农信息社、农村（社区）公开栏以及广播、电视、报纸等媒介，及时公开涉农补贴申报信息。同时汇总当年面向农村的各类惠民惠农财政补贴资金实际发放结果，年底前将发放结果以村为单位通过村务公开栏公开，公开期满相关材料留存村委会供村民查询。市财政局要加强业务指导。',
              unitsRaw: '各镇（街）；市财政局',
              units: [
                { name: '各镇（街）', unit: 'leizhou-gezhenjie', role: 'responsible' },
                { name: '市财政局', unit: 'leizhou-shicaizhengju', role: 'responsible' },
              ],
            },
          ],
        },
      ],
    },
    {
      no: '二',
      title: '围绕服务中心工作、助力经济平稳健康发展深化重点领域信息公开',
      tasks: [
        {
          no: '一',
          title: '持续做好疫情防控信息公开',
          requirements: [
            {
              id: 'r11',
              no: 11,
              text: '积极发挥广东数字政府“粤系列”平台优势，提供防疫大数据支撑。',
              unitsRaw: '各镇（街）；市直各单位',
              units: [
                { name: '各镇（街）', unit: 'leizhou-gezhenjie', role: 'responsible' },
                { name: '市直各单位', unit: 'leizhou-shizhigedanwei', role: 'responsible' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const jiangmen: PlanEntryInput = {
  title: '关于印发《2022年政务公开工作要点分工方案》的通知',
  issuer: '江门市政府投资工程建设管理中心',
  docNumber: '江建管〔2022〕39号',
  issuedOn: '2022-11-23',
  year: 2022,
  region: { name: '江门市', code: '440700' },
  disclosure: null,
  upstream: ['江府办函〔2022〕7号'],
  recipients: ['各科、室'],
  source: {
    file: '2022-jiangmen-jgzx.txt',
    sha256: '54c5e4f77e6a3d57883fec84dafe24f0bc06a5aeae1446717bb3e9976409c56b',
    importedOn: '2026-11-21',
  },
  sections: [
    {
      no: '三',
      title: '推动重大政策解读提质增效，优化政策咨询服务',
      tasks: [
        {
          no: '一',
          title: '围绕省委“1+1+9”工作部署加大重大政策解读力度',
          requirements: [
            {
              id: 'r7',
              no: 7,
              text: '落实政策文件解读工作的“三同步”工作机制，即政策文件的解读方案、解读材料，应与政策文件同步组织、同步审签、同步部署，做到应解读尽解读。',
              unitsRaw: '办公室牵头，各科室协办',
              units: [
                { name: '办公室', unit: 'jiangmen-jgzx-bangongshi', role: 'lead' },
                { name: '各科室', unit: 'jiangmen-jgzx-gekeshi', role: 'participate' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const units = [
  { id: 'leizhou-shizhengwufuwushujuguanliju', name: '市政务服务数据管理局', region: '雷州市', kind: 'department' },
  { id: 'leizhou-shisifaju', name: '市司法局', region: '雷州市', kind: 'department' },
  { id: 'leizhou-shicaizhengju', name: '市财政局', region: '雷州市', kind: 'department' },
  { id: 'leizhou-shizhigedanwei', name: '市直各单位', region: '雷州市', kind: 'collective' },
  { id: 'leizhou-gezhenjie', name: '各镇（街）', region: '雷州市', kind: 'collective', aliases: ['各镇(街)'] },
  { id: 'jiangmen-jgzx-bangongshi', name: '办公室', region: '江门市', kind: 'office', parent: '江门市政府投资工程建设管理中心' },
  { id: 'jiangmen-jgzx-gekeshi', name: '各科室', region: '江门市', kind: 'collective', parent: '江门市政府投资工程建设管理中心' },
].map((u) => unitSchema.parse(u));

const themes = [
  { id: 'yiqing-fangkong', name: '疫情防控信息公开', description: '疫情防控信息的发布与回应。', keywords: ['疫情', '防疫'], order: 1 },
  { id: 'zhengce-jiedu', name: '政策解读', description: '政策文件的解读与咨询服务。', keywords: ['解读', '政策咨询'], order: 2 },
  { id: 'jiceng-zhengwu-gongkai', name: '基层政务公开', description: '镇（街）和村（居）的政务公开。', keywords: ['基层', '村务公开', '涉农补贴'], order: 3 },
].map((t) => themeSchema.parse(t));

export const fixturePlans: PlanInput[] = [
  { id: '2022-leizhou', data: planEntrySchema.parse(leizhou), body: '各镇（街），市府各工作部门、各直属单位：\n\n经市人民政府同意，现将《雷州市2022年政务公开工作要点分工方案》印发给你们，认真抓好贯彻落实。\n' },
  { id: '2022-jiangmen-jgzx', data: planEntrySchema.parse(jiangmen), body: '' },
];

/** The fixture catalog; `edit` may change plan entries first (e.g. to plant a formula-like text). */
export function fixtureCatalog(edit?: (plans: PlanInput[]) => void): Catalog {
  const plans = structuredClone(fixturePlans);
  edit?.(plans);
  return buildCatalog(plans, units, themes);
}

/** Published under a sub-path, without a site origin: URLs in the data are base-relative. */
export const fixturePublication: Publication = { base: '/zwgk/fgfa/', licence: defaultLicence };
