/** Scaffolds on the work done: 政治建设, 理论学习, 主体责任, 一岗双责, 监督执纪, 作风建设, 廉洁自律, 意识形态, 队伍, 制度. */
import type { ScaffoldData } from "../template-schema";

export const WORK_SCAFFOLDS: ScaffoldData[] = [
  {
    id: "political-two-safeguards",
    theme: "political",
    name: {
      "zh-CN": "坚持政治引领，坚决做到“两个维护”",
      "en-US": "Political leadership and the Two Upholds",
    },
    keywords: ["政治建设", "两个维护", "两个确立"],
    level: 2,
    section: {
      heading: "坚持政治引领，坚决做到“两个维护”",
      runIn: true,
      body: [
        "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”。一是{?贯彻落实党中央决策部署的具体举措}。二是{?严守政治纪律和政治规矩的情况}。",
      ],
    },
  },
  {
    id: "political-party-life",
    theme: "political",
    name: { "zh-CN": "严肃党内政治生活", "en-US": "Serious political life within the Party" },
    keywords: ["政治建设", "民主生活会", "组织生活会", "民主集中制"],
    level: 2,
    section: {
      heading: "严肃党内政治生活",
      runIn: true,
      body: [
        "坚持民主集中制，落实“三会一课”、民主生活会和组织生活会制度。一是{?召开民主生活会、开展批评和自我批评的情况}。二是{?落实谈心谈话制度的情况}。",
      ],
    },
  },
  {
    id: "political-decisions",
    theme: "political",
    name: { "zh-CN": "抓好政治建设（分层次）", "en-US": "Political building (with sub-sections)" },
    keywords: ["政治建设", "决策部署"],
    level: 1,
    section: {
      heading: "坚持把党的政治建设摆在首位",
      children: [
        {
          heading: "提高政治站位",
          runIn: true,
          body: ["{?把握政治方向、提高政治判断力、政治领悟力、政治执行力的做法}。"],
        },
        { heading: "狠抓决策落实", runIn: true, body: ["{?贯彻落实上级重大决策部署、建立工作台账的情况}。"] },
        { heading: "净化政治生态", runIn: true, body: ["{?营造风清气正政治生态的做法}。"] },
      ],
    },
  },
  {
    id: "study-theory",
    theme: "study",
    name: { "zh-CN": "加强理论武装", "en-US": "Theoretical study" },
    keywords: ["理论学习", "中心组", "学习"],
    level: 2,
    section: {
      heading: "加强理论武装",
      runIn: true,
      body: [
        "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。一是全年组织集中学习{#集中学习次数}次，{?学习的主要内容}。二是{?开展专题研讨、撰写心得体会的情况}。",
      ],
    },
  },
  {
    id: "study-central-group",
    theme: "study",
    name: { "zh-CN": "理论学习中心组学习", "en-US": "Central study group of the Party committee" },
    keywords: ["理论学习", "中心组", "专题研讨"],
    level: 2,
    section: {
      heading: "抓实理论学习中心组学习",
      body: [
        "严格落实党委（党组）理论学习中心组学习制度，全年开展中心组学习{#中心组学习次数}次、专题研讨{#专题研讨次数}次。",
        "{?学习成果转化为推动工作的思路和举措}。",
      ],
    },
  },
  {
    id: "study-party-rules",
    theme: "study",
    name: { "zh-CN": "党内法规学习教育", "en-US": "Study of Party regulations" },
    keywords: ["理论学习", "党章", "党规", "纪律处分条例", "学纪知纪"],
    level: 2,
    section: {
      heading: "深入学习党章党规党纪",
      runIn: true,
      body: [
        "一是{?学习党章和党内法规的形式和内容}。二是{?开展知识测试、专题辅导的情况}。三是{?推动学纪、知纪、明纪、守纪的做法}。",
      ],
    },
  },
  {
    id: "main-resp-deploy",
    theme: "main-responsibility",
    name: { "zh-CN": "压紧压实主体责任", "en-US": "Carrying out the main responsibility" },
    keywords: ["主体责任", "责任制", "部署"],
    level: 2,
    section: {
      heading: "压紧压实主体责任",
      runIn: true,
      body: [
        "坚持把党风廉政建设与业务工作同谋划、同部署、同推进、同考核。一是召开专题会议研究党风廉政建设{#专题会议次数}次，{?研究部署的主要事项}。二是{?层层签订责任书、传导压力的情况}。三是{?督促检查和考核结果运用的情况}。",
      ],
    },
  },
  {
    id: "main-resp-list",
    theme: "main-responsibility",
    name: { "zh-CN": "健全责任清单体系", "en-US": "Lists of responsibilities" },
    keywords: ["主体责任", "责任清单", "四责协同"],
    level: 2,
    section: {
      heading: "健全责任落实体系",
      children: [
        {
          heading: "细化责任清单",
          runIn: true,
          body: ["{?党组织主体责任、书记第一责任人责任、班子成员“一岗双责”清单的制定情况}。"],
        },
        { heading: "强化督促检查", runIn: true, body: ["{?开展专项检查、听取汇报的情况}。"] },
        { heading: "严格考核问责", runIn: true, body: ["{?考核结果运用和责任追究的情况}。"] },
      ],
    },
  },
  {
    id: "main-resp-first",
    theme: "main-responsibility",
    name: { "zh-CN": "履行第一责任人职责", "en-US": "Duties of the first responsible person" },
    keywords: ["主体责任", "第一责任人", "书记"],
    level: 2,
    section: {
      heading: "认真履行第一责任人职责",
      runIn: true,
      body: [
        "坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要案件亲自督办。{?本人带头落实责任的具体事例}。",
      ],
    },
  },
  {
    id: "dual-duty",
    theme: "dual-duty",
    name: { "zh-CN": "落实“一岗双责”", "en-US": "One post, two responsibilities" },
    keywords: ["一岗双责", "分管领域", "班子成员"],
    level: 2,
    section: {
      heading: "认真落实“一岗双责”",
      runIn: true,
      body: [
        "督促班子成员履行“一岗双责”，抓好分管领域党风廉政建设。一是{?班子成员与分管部门签订责任书、开展廉政提醒的情况}。二是{?分管领域风险排查和防控的情况}。",
      ],
    },
  },
  {
    id: "dual-duty-talks",
    theme: "dual-duty",
    name: { "zh-CN": "开展廉政谈话", "en-US": "Integrity talks" },
    keywords: ["一岗双责", "廉政谈话", "谈心谈话", "提醒谈话"],
    level: 2,
    section: {
      heading: "经常开展廉政谈话",
      runIn: true,
      body: ["全年开展廉政谈话{#廉政谈话人次数}人次，{?谈话的对象、重点和发现问题的处置情况}。"],
    },
  },
  {
    id: "supervision-four-forms",
    theme: "supervision",
    name: { "zh-CN": "运用监督执纪“四种形态”", "en-US": "The Four Forms of supervision" },
    keywords: ["监督执纪", "四种形态", "第一种形态", "执纪问责"],
    level: 2,
    section: {
      heading: "精准运用监督执纪“四种形态”",
      runIn: true,
      body: [
        "坚持抓早抓小、防微杜渐，全年运用“四种形态”批评教育帮助和处理{#人次数}人次，其中第一种形态{#第一种形态人次数}人次。{?分类处置和教育转化的情况}。",
      ],
    },
  },
  {
    id: "supervision-discipline",
    theme: "supervision",
    name: { "zh-CN": "支持纪检监察机关执纪问责", "en-US": "Support for discipline enforcement" },
    keywords: ["监督执纪", "问题线索", "执纪问责", "纪检监察"],
    level: 2,
    section: {
      heading: "支持纪检监察机关履行监督责任",
      runIn: true,
      body: [
        "一是{?听取纪检监察工作汇报、协调解决问题的情况}。二是受理问题线索{#问题线索件数}件，{?办理和处置情况}。",
      ],
    },
  },
  {
    id: "supervision-daily",
    theme: "supervision",
    name: { "zh-CN": "强化日常监督", "en-US": "Everyday supervision" },
    keywords: ["监督执纪", "日常监督", "廉政风险", "权力运行"],
    level: 2,
    section: {
      heading: "强化日常监督",
      children: [
        {
          heading: "排查廉政风险",
          runIn: true,
          body: ["排查岗位廉政风险点{#风险点个数}个，{?制定防控措施的情况}。"],
        },
        { heading: "盯紧关键环节", runIn: true, body: ["{?对重点岗位、关键环节开展监督的情况}。"] },
      ],
    },
  },
  {
    id: "conduct-eight-rules",
    theme: "conduct",
    name: { "zh-CN": "落实中央八项规定精神", "en-US": "The eight-point rules" },
    keywords: ["作风建设", "八项规定", "中央八项规定", "公务接待", "公车"],
    level: 2,
    section: {
      heading: "严格落实中央八项规定精神",
      runIn: true,
      body: [
        "严格执行中央八项规定及其实施细则精神。一是{?公务接待、公务用车、办公用房管理的情况}。二是在重要节点开展监督检查{#监督检查次数}次，{?发现和纠正问题的情况}。",
      ],
    },
  },
  {
    id: "conduct-four-winds",
    theme: "conduct",
    name: { "zh-CN": "持续纠治“四风”", "en-US": "Correcting the Four Winds" },
    keywords: ["作风建设", "四风", "享乐主义", "奢靡之风"],
    level: 2,
    section: {
      heading: "持续纠治“四风”",
      runIn: true,
      body: [
        "坚决整治形式主义、官僚主义、享乐主义和奢靡之风。一是{?排查整改“四风”问题的情况}。二是{?查处和通报曝光典型问题的情况}。",
      ],
    },
  },
  {
    id: "conduct-formalism",
    theme: "conduct",
    name: { "zh-CN": "整治形式主义、官僚主义", "en-US": "Against formalism and bureaucratism" },
    keywords: ["作风建设", "形式主义", "官僚主义", "文山会海"],
    level: 2,
    section: {
      heading: "深入整治形式主义、官僚主义",
      runIn: true,
      body: [
        "一是{?精简文件和会议的情况}。二是{?规范督查检查考核的情况}。三是{?解决群众反映强烈问题的情况}。",
      ],
    },
  },
  {
    id: "conduct-grassroots",
    theme: "conduct",
    name: { "zh-CN": "为基层减负，改进调查研究", "en-US": "Lighter burdens for grassroots units" },
    keywords: ["作风建设", "基层减负", "调查研究"],
    level: 2,
    section: {
      heading: "切实为基层减负",
      runIn: true,
      body: ["全年深入基层调研{#调研次数}次，{?帮助基层解决实际困难的情况}。"],
    },
  },
  {
    id: "integrity-self",
    theme: "integrity",
    name: { "zh-CN": "严守廉洁自律（述廉）", "en-US": "Personal integrity" },
    keywords: ["廉洁自律", "述廉", "廉洁从政"],
    level: 2,
    section: {
      heading: "严守廉洁自律底线",
      runIn: true,
      body: [
        "严格遵守《中国共产党廉洁自律准则》。一是{?遵守廉洁纪律、不谋私利的情况}。二是{?执行中央八项规定精神的情况}。三是{?没有违规收受礼品礼金等情况的说明}。",
      ],
    },
  },
  {
    id: "integrity-personal-matters",
    theme: "integrity",
    name: { "zh-CN": "如实报告个人有关事项", "en-US": "Reporting personal matters" },
    keywords: ["廉洁自律", "个人有关事项", "述廉"],
    level: 2,
    section: {
      heading: "如实报告个人有关事项",
      runIn: true,
      body: ["按照领导干部报告个人有关事项的规定，{?本年度报告的事项及变化情况}。"],
    },
  },
  {
    id: "integrity-power",
    theme: "integrity",
    name: { "zh-CN": "正确行使权力", "en-US": "Using power properly" },
    keywords: ["廉洁自律", "权力观", "用权"],
    level: 2,
    section: {
      heading: "秉公用权、依法用权",
      runIn: true,
      body: ["牢固树立正确的权力观、政绩观、事业观。{?在决策、审批、用人等事项中秉公用权的情况}。"],
    },
  },
  {
    id: "ideology-responsibility",
    theme: "ideology",
    name: { "zh-CN": "落实意识形态工作责任制", "en-US": "Ideological work responsibility" },
    keywords: ["意识形态", "责任制"],
    level: 2,
    section: {
      heading: "落实意识形态工作责任制",
      runIn: true,
      body: ["召开意识形态工作专题会议{#专题会议次数}次，{?研判意识形态领域情况、部署重点任务的情况}。"],
    },
  },
  {
    id: "ideology-positions",
    theme: "ideology",
    name: { "zh-CN": "管好意识形态阵地", "en-US": "Managing ideological positions" },
    keywords: ["意识形态", "阵地", "网络舆情"],
    level: 2,
    section: {
      heading: "守好意识形态阵地",
      runIn: true,
      body: ["一是{?加强宣传阵地、网站和新媒体管理的情况}。二是{?处置网络舆情的情况}。"],
    },
  },
  {
    id: "cadres-selection",
    theme: "cadres",
    name: { "zh-CN": "严格选人用人", "en-US": "Selecting cadres" },
    keywords: ["选人用人", "干部选拔任用", "队伍建设"],
    level: 2,
    section: {
      heading: "严格选人用人",
      runIn: true,
      body: [
        "严格执行《党政领导干部选拔任用工作条例》，坚持新时代好干部标准。一是{?干部选拔任用的程序和数量}。二是{?落实廉政意见回复和“凡提四必”的情况}。",
      ],
    },
  },
  {
    id: "cadres-team",
    theme: "cadres",
    name: { "zh-CN": "加强干部队伍建设", "en-US": "Building the team of cadres" },
    keywords: ["队伍建设", "教育培训", "年轻干部"],
    level: 2,
    section: {
      heading: "加强干部队伍建设",
      children: [
        {
          heading: "抓好教育培训",
          runIn: true,
          body: ["组织干部培训{#培训期数}期，{?培训的主要内容和效果}。"],
        },
        { heading: "注重实践锻炼", runIn: true, body: ["{?安排干部到基层和急难险重岗位锻炼的情况}。"] },
        { heading: "关心关爱干部", runIn: true, body: ["{?落实激励措施、容错纠错的情况}。"] },
      ],
    },
  },
  {
    id: "cadres-management",
    theme: "cadres",
    name: { "zh-CN": "从严管理监督干部", "en-US": "Strict management of cadres" },
    keywords: ["队伍建设", "干部监督", "谈心谈话"],
    level: 2,
    section: {
      heading: "从严管理监督干部",
      runIn: true,
      body: ["一是{?干部日常管理和谈心谈话的情况}。二是{?干部因私出国（境）、兼职等事项管理的情况}。"],
    },
  },
  {
    id: "institutions-system",
    theme: "institutions",
    name: { "zh-CN": "健全制度体系", "en-US": "Rules and institutions" },
    keywords: ["制度建设", "内控", "权力运行"],
    level: 2,
    section: {
      heading: "健全完善制度体系",
      runIn: true,
      body: ["全年新建和修订制度{#制度数量}项，{?制度覆盖的领域和执行情况}。"],
    },
  },
  {
    id: "institutions-sanzhong",
    theme: "institutions",
    name: { "zh-CN": "落实“三重一大”集体决策制度", "en-US": "Collective decisions on major matters" },
    keywords: ["制度建设", "三重一大", "民主集中制", "集体决策"],
    level: 2,
    section: {
      heading: "严格执行“三重一大”集体决策制度",
      runIn: true,
      body: [
        "凡属重大事项决策、重要干部任免、重要项目安排、大额度资金使用，一律集体研究决定。{?本年度集体研究事项的数量和类型}。",
      ],
    },
  },
];
