/**
 * Unit-name normalisation shared by the parser and the registry: documents mix
 * full- and half-width brackets and punctuation, and an alias must match
 * whichever the author typed.
 */
export function normalizeUnitName(name: string): string {
  return name
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[、，；。：:]+|[、，；。：:]+$/g, '');
}

/** Administrative level prefixes that start a full unit name (市财政局, 区教育局, 镇政府). */
export const levelPrefixes = ['市', '县', '区', '镇'] as const;

/**
 * Every level a unit's name may open with, as one character each (省财政厅, 区教育局, 镇政府; 旗财政局 of a banner, 州教育局 of
 * an autonomous prefecture, 盟行署 of a league): where nothing parts the names of a text, what tells where one starts.
 */
export const nameLevels = '省市县区镇乡旗州盟';

/**
 * Department names as they appear once the level prefix is dropped in a list
 * (市发展改革局、商务局、市场监管局). Used to recognise an abbreviation even when
 * the region's registry does not know the unit yet. Not exhaustive: the
 * registry's own names are consulted first.
 */
export const bareDepartmentNames: ReadonlySet<string> = new Set([
  '发展改革局', '发展和改革局', '发改局', '教育局', '科技局', '科学技术局', '工业和信息化局', '工信局', '经济信息化局',
  '公安局', '民政局', '司法局', '财政局', '人力资源社会保障局', '人力资源和社会保障局', '人社局', '自然资源局',
  '生态环境局', '住房城乡建设局', '住房和城乡建设局', '住建局', '交通运输局', '水务局', '水利局', '农业农村局',
  '商务局', '文化广电旅游局', '文化广电旅游体育局', '文广旅体局', '卫生健康局', '卫健局', '卫生健康委', '卫健委',
  '退役军人事务局', '应急管理局', '审计局', '国资委', '市场监管局', '市场监督管理局', '统计局', '医疗保障局', '医保局',
  '林业局', '城管局', '城市管理和综合执法局', '税务局', '政务服务数据管理局', '政数局', '政府办公室', '政府办',
  '工商局', '食品药品监管局', '环境保护局', '卫生计生局', '法制局', '编办', '扶贫办', '金融工作局', '金融局',
  '安全生产监管局', '新闻办', '网信办', '电子政务办', '政管办', '信访局', '档案局', '气象局', '供销社', '总工会',
  '残联', '妇联', '团委', '科协', '侨务局', '外事局', '民族宗教局', '粮食局', '物价局', '规划局', '国土资源局',
  '海洋与渔业局', '体育局', '旅游局', '文广新局', '口岸办', '港务局', '地震局', '人防办', '机关事务管理局',
  '营商环境局', '数据局', '司法所', '城乡规划局', '住房保障局', '发展研究中心', '公共资源交易中心',
]);

/** 处 ending a name (政策法规处), not a verb's (查处, 惩处) or a noun's (落到实处, 好处, 用处). */
export const officeEnding = '(?<![查惩办论相到好之何此定实用益长短难妙住去出])处(?![置理罚分])';

/**
 * Endings the short lists of running text and cells (looksLikeUnits, a run-on page's runs of names) also accept beside
 * 局, 委, 办 …: a party department (区台湾工作部, 区宣传部) rather than any 部, which a phrase ends in as often; a forest
 * farm; a 机构 (公安机关消防机构); a ministry.
 */
// The State Council's ministries (科技部, 财政部, 司法部) and commissions (中国证监会, 中国银保监会) and offices (审计署, 海关总署) of national plans too.
export const moreUnitEndings =
  // (The people's organisations: 妇联, 残联, 侨联, 文联, 工商联, 社科联; 科协. A party school, 区党校; a discipline team, 驻片区纪检监察组;
  // 平潭银保监组. A party's or a village's organisation, 各基层党组织, 村级组织; a 片区's or a 指挥部's working group named by its
  // work, 社会事业组, 交通与建设组, 综合协调组 — not 第一组 or 村民小组.)
  '(?<=[妇残侨文]|工商|社科)联|(?<=科)协|(?<=[委区市县])党校|(?<=纪检|监察|银保监)组|(?<=工作|宣传|组织|统战|武装|科技|财政|司法|教育|公安|民政|商务|外交|水利|审计|农业农村|自然资源|生态环境|住房城乡建设|交通运输|工业和信息化|人力资源社会保障|退役军人事务|应急管理|文化和旅游)部|(?<=证|银保|银|保)监会|(?<=审计|总)署|林场|农场|机构|(?<=[党团级]|基层)组织|(?<=[\u4e00-\u9fa5]{2}(?:事业|建设|协调|宣传|保障|环境|农村|工作|综合|督查|督导|执法|应急|服务|安置|征迁|后勤|联络|信息|技术|治安|医疗|维稳))组';

/** A working group named as a unit (区社会救助工作协调小组, 工作专班, 技术专家组, 派驻金井片区综合执法队筹建组: a body being set up). */
export const workingGroupEndings = '工作小组|领导小组|协调小组|工作组|专家组|专班|筹建组|筹备组';

/** A note in a name's brackets of what the name includes (各区县政府﹝含南太湖新区管委会，下同﹞, 各市（含定州、辛集市，下同）政府). */
export const inclusionNote = /[（(﹝〔](?:含|包括)[^（）()﹝﹞〔〕]{2,}[）)﹞〕]/;

/**
 * How a unit's name ends (局, 委, 办, 部门, 中心, 政府, 街道, 镇, 杭州海关, 市气象台 …): the one list the
 * units reader and the importer use to tell a unit name from other text.
 */
export const unitNameEnding = new RegExp(
  `(?:局|委|办|厅|部门|中心|政府|公司|集团|单位|院|所|站|队|室|会|处|科|股|(?<=[银支分人农工建交中招商])行|(?<=档案|图书|博物|文化|纪念|美术|科技)馆|分局|大队|支队|办事处|街道|镇|乡|管委会|海关|(?<=气象|电视)台|${moreUnitEndings}|${workingGroupEndings}|旅行社|(?<![内全局干外东西南北中上下底顶头腹背])部)$`,
);
