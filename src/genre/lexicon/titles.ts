/**
 * Titles of well-known regulations, laws and central documents, for the rule title-quote: a title
 * inside 《…》 one or two characters away from one of these is a misquote (issue 10, class 3).
 *
 * Shape compatible with src/genre/dated-refs.ts (id, a name, a date) so the two tables can be
 * merged: `issued` is the date the text was first issued or adopted ("YYYY-MM", or "YYYY" where only
 * the year is certain); `revised` the latest revision known here. `short` lists accepted short forms
 * (never flagged). Facts only, from the issuing bodies' own publications (中国共产党新闻网党内法规库,
 * 国家法律法规数据库 flk.npc.gov.cn, 中国政府网); the wording of this file is ours.
 */
export interface TitleRef {
  id: string;
  /** The exact title, without 《》. */
  title: string;
  issued: string;
  revised?: string;
  issuer: string;
  /** Accepted short forms, without 《》. */
  short?: string[];
  /**
   * A book of standard study texts (《习近平著作选读》): matched from 7 characters; one replaced
   * character is a warning only (a book title may end in any word: 选读/选编).
   */
  study?: boolean;
  source: string;
}

const PARTY = "中国共产党新闻网·党内法规库";
const NPC = "国家法律法规数据库（flk.npc.gov.cn）";
const GOV = "中国政府网·国务院政策文件库";

const ZZ = "中共中央";
const ZB = "中共中央办公厅";
const ZBGB = "中共中央办公厅、国务院办公厅";
const RD = "全国人民代表大会";
const RDCW = "全国人民代表大会常务委员会";

type Row = [id: string, title: string, issued: string, issuer: string, revised?: string, short?: string[]];

const party: Row[] = [
  ["dangzhang", "中国共产党章程", "1922-07", "党的全国代表大会", "2022-10", ["党章"]],
  ["jilv-chufen", "中国共产党纪律处分条例", "2003-12", ZZ, "2023-12", ["纪律处分条例", "条例"]],
  ["jilv-chufen-shixing", "中国共产党纪律处分条例（试行）", "1997-02", ZZ],
  ["lianjie-zilv", "中国共产党廉洁自律准则", "2015-10", ZZ, undefined, ["廉洁自律准则", "准则"]],
  ["lianjie-congzheng", "中国共产党党员领导干部廉洁从政若干准则", "2010-01", ZZ, undefined, ["廉政准则"]],
  ["wenze", "中国共产党问责条例", "2016-07", ZZ, "2019-08", ["问责条例"]],
  ["zhengzhi-shenghuo-2016", "关于新形势下党内政治生活的若干准则", "2016-10", "党的十八届六中全会"],
  ["zhengzhi-shenghuo-1980", "关于党内政治生活的若干准则", "1980-02", "党的十一届五中全会"],
  ["dangnei-jiandu", "中国共产党党内监督条例", "2016-10", "党的十八届六中全会", undefined, ["党内监督条例"]],
  ["dangnei-jiandu-shixing", "中国共产党党内监督条例（试行）", "2003-12", ZZ],
  ["xunshi", "中国共产党巡视工作条例", "2015-08", ZZ, "2024-02", ["巡视工作条例"]],
  ["xunshi-shixing", "中国共产党巡视工作条例（试行）", "2009-07", ZZ],
  ["jieyue", "党政机关厉行节约反对浪费条例", "2013-11", ZZ + "、国务院"],
  ["quanli-baozhang", "中国共产党党员权利保障条例", "2004-09", ZZ, "2020-12"],
  ["jiwei-gongzuo", "中国共产党纪律检查委员会工作条例", "2021-12", ZZ],
  ["zhiji-guize", "中国共产党纪律检查机关监督执纪工作规则", "2019-01", ZB],
  ["zhiji-guize-shixing", "中国共产党纪律检查机关监督执纪工作规则（试行）", "2017-01", "中央纪委"],
  ["fagui-zhiding", "中国共产党党内法规制定条例", "2012-05", ZZ, "2019-08"],
  ["beian-shencha", "中国共产党党内法规和规范性文件备案审查规定", "2019-08", ZZ],
  ["fagui-zhixing", "中国共产党党内法规执行责任制规定（试行）", "2019", ZB],
  ["dangzu", "中国共产党党组工作条例", "2019-04", ZZ],
  ["dangzu-shixing", "中国共产党党组工作条例（试行）", "2015-06", ZZ],
  ["zhibu", "中国共产党支部工作条例（试行）", "2018-10", ZZ],
  ["nongcun-jiceng", "中国共产党农村基层组织工作条例", "2019-01", ZZ],
  ["guoqi-jiceng", "中国共产党国有企业基层组织工作条例（试行）", "2019-12", ZZ],
  ["gaoxiao-jiceng", "中国共产党普通高等学校基层组织工作条例", "2021-04", ZZ],
  ["jiguan-jiceng", "中国共产党党和国家机关基层组织工作条例", "2019", ZZ],
  ["difang-weiyuanhui", "中国共产党地方委员会工作条例", "2015", ZZ],
  ["gongzuo-jiguan", "中国共产党工作机关条例（试行）", "2017-03", ZZ],
  ["zhongyang-weiyuanhui", "中国共产党中央委员会工作条例", "2020", ZZ],
  ["zuzhi-gongzuo", "中国共产党组织工作条例", "2021", ZZ],
  ["zuzhi-chuli", "中国共产党组织处理规定（试行）", "2021", ZZ, undefined, ["中国共产党组织处理规定"]],
  ["xuanchuan", "中国共产党宣传工作条例", "2019", ZZ],
  ["zhengfa", "中国共产党政法工作条例", "2019-01", ZZ],
  ["bianzhi", "中国共产党机构编制工作条例", "2019-08", ZZ],
  ["tongzhan", "中国共产党统一战线工作条例", "2020", ZZ],
  ["tongzhan-shixing", "中国共产党统一战线工作条例（试行）", "2015-05", ZZ],
  ["dangyuan-jiaoyu", "中国共产党党员教育管理工作条例", "2019-05", ZZ],
  ["fazhan-dangyuan", "中国共产党发展党员工作细则", "2014-05", ZB],
  ["dangxiao", "中国共产党党校（行政学院）工作条例", "2019", ZZ],
  ["qingshi-baogao", "中国共产党重大事项请示报告条例", "2019", ZZ],
  ["dangwu-gongkai", "中国共产党党务公开条例（试行）", "2017-12", ZZ],
  ["gongxun-rongyu", "中国共产党党内功勋荣誉表彰条例", "2017", ZZ],
  ["zhuti-zeren", "党委（党组）落实全面从严治党主体责任规定", "2020-03", ZB],
  ["dangfeng-zerenzhi", "关于实行党风廉政建设责任制的规定", "1998-11", ZZ + "、国务院", "2010-11"],
  ["wenze-zanxing", "关于实行党政领导干部问责的暂行规定", "2009", ZBGB],
  ["xuanba-renyong", "党政领导干部选拔任用工作条例", "2002-07", ZZ, "2019-03"],
  ["kaohe", "党政领导干部考核工作条例", "2019-04", ZB],
  ["nengshang-nengxia", "推进领导干部能上能下规定", "2022-09", ZB],
  ["nengshang-nengxia-2015", "推进领导干部能上能下若干规定（试行）", "2015-07", ZB],
  ["geren-shixiang-2017", "领导干部报告个人有关事项规定", "2017-02", ZB],
  ["geren-shixiang-2010", "关于领导干部报告个人有关事项的规定", "2010-05", ZBGB],
  ["geren-shixiang-chahe", "领导干部个人有关事项报告查核结果处理办法", "2017-02", ZB],
  ["zhengzhi-jianshe", "中共中央关于加强党的政治建设的意见", "2019-01", ZZ],
  ["yibashou-jiandu", "关于加强对“一把手”和领导班子监督的意见", "2021", ZZ],
  ["jili-ganbu", "关于进一步激励广大干部新时代新担当新作为的意见", "2018-05", ZB],
  [
    "baxiang-guiding",
    "十八届中央政治局关于改进工作作风、密切联系群众的八项规定",
    "2012-12",
    "中共中央政治局",
    undefined,
    ["八项规定"],
  ],
  [
    "baxiang-xize",
    "中共中央政治局贯彻落实中央八项规定实施细则",
    "2017-10",
    "中共中央政治局",
    undefined,
    ["实施细则"],
  ],
  ["gongwen-chuli", "党政机关公文处理工作条例", "2012-04", ZBGB],
  ["gongwu-jiedai", "党政机关国内公务接待管理规定", "2013-12", ZBGB],
  ["bangong-yongfang", "党政机关办公用房管理办法", "2017", ZBGB],
  ["gongwu-yongche", "党政机关公务用车管理办法", "2017-12", ZBGB],
  ["louting-guansuo", "关于党政机关停止新建楼堂馆所和清理办公用房的通知", "2013-07", ZBGB],
  ["lianjie-wenhua", "关于加强新时代廉洁文化建设的意见", "2022-02", ZB],
  ["ganyu-sifa", "领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究规定", "2015-03", ZBGB],
  ["jingshang-banqi", "关于进一步规范领导干部配偶、子女及其配偶经商办企业行为的规定", "2022", ZBGB],
  ["zhongxinzu", "中国共产党党委（党组）理论学习中心组学习规则", "2017-01", ZB],
  ["anquan-shengchan", "地方党政领导干部安全生产责任制规定", "2018-04", ZBGB],
  ["fazhi-diyi-zeren", "党政主要负责人履行推进法治建设第一责任人职责规定", "2016", ZBGB],
  ["guoqi-lianjie", "国有企业领导人员廉洁从业若干规定", "2009-07", ZBGB],
  ["xinfang", "信访工作条例", "2022", ZZ + "、国务院"],
  ["jiguan-dangjian", "关于加强和改进新时代机关党的建设的意见", "2019", ZZ],
];

const state: Row[] = [
  ["chailv", "中央和国家机关差旅费管理办法", "2013-12", "财政部"],
  [
    "huiyi-fei",
    "中央和国家机关会议费管理办法",
    "2016-06",
    "财政部、国家机关事务管理局、中共中央直属机关事务管理局",
  ],
  ["peixun-fei", "中央和国家机关培训费管理办法", "2016-12", "财政部、中共中央组织部、国家公务员局"],
  ["zhengfu-xinxi", "中华人民共和国政府信息公开条例", "2007-04", "国务院", "2019-04", ["政府信息公开条例"]],
  ["gongwuyuan-chufen", "行政机关公务员处分条例", "2007-04", "国务院"],
  ["shiye-chufen", "事业单位工作人员处分规定", "2023", "中共中央组织部、人力资源社会保障部"],
  ["yingshang-huanjing", "优化营商环境条例", "2019-10", "国务院"],
  ["nongmingong-gongzi", "保障农民工工资支付条例", "2019-12", "国务院"],
  [
    "jiancha-fa-tiaoli",
    "中华人民共和国监察法实施条例",
    "2021-09",
    "国家监察委员会",
    undefined,
    ["监察法实施条例"],
  ],
];

/** Laws: [id, title after 中华人民共和国, first adopted, issuer, latest revision]. */
const laws: Row[] = [
  ["jiancha-fa", "监察法", "2018-03", RD, "2024-12"],
  ["zhengwu-chufen-fa", "公职人员政务处分法", "2020-06", RDCW],
  ["jianchaguan-fa", "监察官法", "2021-08", RDCW],
  ["xianfa", "宪法", "1982-12", RD, "2018-03"],
  ["xingfa", "刑法", "1979-07", RD, "2023-12"],
  ["xingshi-susong-fa", "刑事诉讼法", "1979-07", RD, "2018-10"],
  ["minshi-susong-fa", "民事诉讼法", "1991-04", RD],
  ["xingzheng-susong-fa", "行政诉讼法", "1989-04", RD],
  ["minfadian", "民法典", "2020-05", RD],
  ["lifa-fa", "立法法", "2000-03", RD, "2023-03"],
  ["gongwuyuan-fa", "公务员法", "2005-04", RDCW, "2018-12"],
  ["jianchaguan-jiancha", "检察官法", "1995-02", RDCW, "2019-04"],
  ["faguan-fa", "法官法", "1995-02", RDCW, "2019-04"],
  ["shenji-fa", "审计法", "1994-08", RDCW, "2021-10"],
  ["tongji-fa", "统计法", "1983-12", RDCW],
  ["yusuan-fa", "预算法", "1994-03", RD, "2018-12"],
  ["kuaiji-fa", "会计法", "1985-01", RDCW],
  ["zhengfu-caigou-fa", "政府采购法", "2002-06", RDCW],
  ["zhaobiao-fa", "招标投标法", "1999-08", RDCW],
  ["xingzheng-chufa-fa", "行政处罚法", "1996-03", RD, "2021-01"],
  ["xingzheng-xuke-fa", "行政许可法", "2003-08", RDCW],
  ["xingzheng-qiangzhi-fa", "行政强制法", "2011-06", RDCW],
  ["xingzheng-fuyi-fa", "行政复议法", "1999-04", RDCW, "2023-09"],
  ["guojia-peichang-fa", "国家赔偿法", "1994-05", RDCW],
  ["baomi-fa", "保守国家秘密法", "1988-09", RDCW, "2024-02"],
  ["guojia-anquan-fa", "国家安全法", "2015-07", RDCW],
  ["fanjiandie-fa", "反间谍法", "2014-11", RDCW, "2023-04"],
  ["wangluo-anquan-fa", "网络安全法", "2016-11", RDCW],
  ["shuju-anquan-fa", "数据安全法", "2021-06", RDCW],
  ["geren-xinxi-fa", "个人信息保护法", "2021-08", RDCW],
  ["anquan-shengchan-fa", "安全生产法", "2002-06", RDCW, "2021-06"],
  ["fan-youzuzhi-fa", "反有组织犯罪法", "2021-12", RDCW],
  ["fan-xiqian-fa", "反洗钱法", "2006-10", RDCW],
  ["fan-longduan-fa", "反垄断法", "2007-08", RDCW],
  ["fan-dianzha-fa", "反电信网络诈骗法", "2022-09", RDCW],
  ["fan-shipin-langfei-fa", "反食品浪费法", "2021-04", RDCW],
  ["qiye-guoyou-zichan-fa", "企业国有资产法", "2008-10", RDCW],
  ["gongsi-fa", "公司法", "1993-12", RDCW, "2023-12"],
  ["laodong-fa", "劳动法", "1994-07", RDCW],
  ["laodong-hetong-fa", "劳动合同法", "2007-06", RDCW],
  ["jiaoyu-fa", "教育法", "1995-03", RD],
  ["jiaoshi-fa", "教师法", "1993-10", RDCW],
  ["yiwu-jiaoyu-fa", "义务教育法", "1986-04", RD],
  ["gaodeng-jiaoyu-fa", "高等教育法", "1998-08", RDCW],
  ["huanjing-baohu-fa", "环境保护法", "1989-12", RDCW, "2014-04"],
  ["tudi-guanli-fa", "土地管理法", "1986-06", RDCW],
  ["chengxiang-guihua-fa", "城乡规划法", "2007-10", RDCW],
  ["jianzhu-fa", "建筑法", "1997-11", RDCW],
  ["shipin-anquan-fa", "食品安全法", "2009-02", RDCW],
  ["yaopin-guanli-fa", "药品管理法", "1984-09", RDCW],
  ["tufa-shijian-fa", "突发事件应对法", "2007-08", RDCW, "2024-06"],
  ["xiaofang-fa", "消防法", "1998-04", RDCW],
  ["zhian-chufa-fa", "治安管理处罚法", "2005-08", RDCW],
  ["daolu-jiaotong-fa", "道路交通安全法", "2003-10", RDCW],
  ["waishang-touzi-fa", "外商投资法", "2019-03", RD],
  ["xiangcun-zhenxing-fa", "乡村振兴促进法", "2021-04", RDCW],
  ["cunweihui-fa", "村民委员会组织法", "1998-11", RDCW],
  ["gonghui-fa", "工会法", "1992-04", RD],
  ["renmin-jingcha-fa", "人民警察法", "1995-02", RDCW],
  ["lvshi-fa", "律师法", "1996-05", RDCW],
  ["dangan-fa", "档案法", "1987-09", RDCW, "2020-06"],
  ["guofang-fa", "国防法", "1997-03", RD, "2020-12"],
];

/**
 * Standard study texts (books), with their first publication and latest edition: the publishers'
 * releases reported by 新华社 (人民出版社, 外文出版社, 学习出版社). Volumes and editions are short forms.
 */
const XUEXI = "中共中央宣传部组织编写（学习出版社、人民出版社）";
const study: Row[] = [
  [
    "zhuzuo-xuandu",
    "习近平著作选读",
    "2023-04",
    "人民出版社",
    undefined,
    ["习近平著作选读（第一卷）", "习近平著作选读（第二卷）", "习近平著作选读第一卷", "习近平著作选读第二卷"],
  ],
  [
    "tan-zhiguo-lizheng",
    "习近平谈治国理政",
    "2014-09",
    "外文出版社",
    "2022",
    ["一", "二", "三", "四"].flatMap((n) => [`习近平谈治国理政（第${n}卷）`, `习近平谈治国理政第${n}卷`]),
  ],
  [
    "sixiang-xuexi-gangyao",
    "习近平新时代中国特色社会主义思想学习纲要",
    "2019-06",
    XUEXI,
    "2023",
    ["习近平新时代中国特色社会主义思想学习纲要（2023年版）"],
  ],
  ["sixiang-xuexi-wenda", "习近平新时代中国特色社会主义思想学习问答", "2021", XUEXI],
  [
    "sixiang-zhuanti-zhaibian",
    "习近平新时代中国特色社会主义思想专题摘编",
    "2023",
    "中共中央党史和文献研究院",
  ],
];

const row = (r: Row, source: string, prefix = ""): TitleRef => ({
  id: r[0],
  title: prefix + r[1],
  issued: r[2],
  issuer: r[3],
  ...(r[4] ? { revised: r[4] } : {}),
  short: [...(r[5] ?? []), ...(prefix ? [r[1]] : [])],
  source,
});

export const titles: readonly TitleRef[] = [
  ...party.map((r) => row(r, PARTY)),
  ...state.map((r) => row(r, GOV)),
  ...laws.map((r) => row(r, NPC, "中华人民共和国")),
  ...study.map((r) => ({ ...row(r, "新华社关于出版发行的报道"), study: true })),
];
