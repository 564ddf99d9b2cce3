import { placeholder } from "../../../src/core/rules/placeholder";
import { unfilledField } from "../../../src/core/rules/unfilled-field";
import { ruleTester } from "./rule-tester";

ruleTester(placeholder, {
  valid: [
    "全面推行Excel表格台账管理，提升效率。",
    "引进“Project XX”英文名称的合作项目。",
    "完成X光机、X射线检测设备采购。",
    "全年完成任务的95%。*",
    "*注：数据截至2024年11月底。",
    "面积按3×4米计算，合计12平方米。",
    "计算公式为a*b，结果取整。",
    "查处了原局长王某某严重违纪违法案件。",
    "印发《关于进一步加强作风建设的通知》（市纪发〔2024〕5号）。",
    "二○二一年十二月三十日",
    "1.5亿元、3.2%、第1.2条均按实际填写。",
    "按照XML格式报送数据。",
    // <…> and ＜…＞ as inner title marks inside 《…》 are not fill-ins (corpus: 《关于印发<…>的通知》)
    "转发《关于印发<县级机关作风考评细则><年度考评打分表>的通知》。",
    "学习《关于印发＜机关党建工作要点＞的通知》精神。",
    // a run of one capital is a rating, a code or a word, not a stand-in
    "景区成功创建国家AAAA级旅游景区。",
    "公司连续三年被评为AAA信用企业。",
    "企业信用等级保持AAA。",
    "发行BBB级债券一只。",
    "加入AAAS等国际学术组织。",
    "通过QQ群、微信群及时传达会议精神。",
    "制作PPT课件12个，在CCTV播出专题片。",
  ],
  invalid: [
    // the same capital three times between Chinese characters: a name left as a stand-in (warning)
    {
      text: "推送AAA公众号内容12期。",
      errors: [{ offset: 2, length: 3, severity: "warning", fix: null }],
    },
    { text: "BBB同志在会上作了讲话。", errors: [{ offset: 0, length: 3, severity: "warning" }] },
    { text: "由ＣＣＣ局牵头落实。", errors: [{ offset: 1, length: 3, severity: "warning" }] },
    {
      text: "预计地区生产总值X亿元，同比增长8%。",
      errors: [{ offset: 8, length: 1, severity: "error", fix: null }],
    },
    { text: "组织干部开展XX余人次学习。", errors: [{ offset: 6, length: 2 }] },
    {
      text: "在xx市xx局召开会议。",
      errors: [
        { offset: 1, length: 2 },
        { offset: 4, length: 2 },
      ],
    },
    {
      text: "县十九届政府第X次、X次常务会议。",
      errors: [
        { offset: 7, length: 1 },
        { offset: 10, length: 1 },
      ],
    },
    { text: "开展“法治X行”活动。", errors: [{ offset: 5, length: 1 }] },
    { text: "于20XX年完成。", errors: [{ offset: 3, length: 2 }] },
    { text: "*名区委常委认真履行职责。", errors: [{ offset: 0, length: 1 }] },
    {
      text: "立案*件*人。",
      errors: [
        { offset: 2, length: 1 },
        { offset: 4, length: 1 },
      ],
    },
    {
      text: "制定《中共**县**局党组清单》。",
      errors: [
        { offset: 5, length: 2 },
        { offset: 8, length: 2 },
      ],
    },
    { text: "运用新思想解决***领域工作上的问题。", errors: [{ offset: 7, length: 3 }] },
    {
      text: "××县××局",
      errors: [
        { offset: 0, length: 2 },
        { offset: 3, length: 2 },
      ],
    },
    { text: "○○同志参加会议。", errors: [{ offset: 0, length: 2 }] },
    { text: "□□万元已拨付。", errors: [{ offset: 0, length: 2 }] },
    { text: "某某同志带队检查。", errors: [{ offset: 0, length: 2 }] },
    { text: "由〔填写单位名称〕负责。", errors: [{ offset: 1, length: 8 }] },
    { text: "报送<单位名称>。", errors: [{ offset: 2, length: 6 }] },
    // a fill-in after a closed 《…》 is still one; so are X and ** inside 《…》
    { text: "学习《准则》后报送<单位名称>。", errors: [{ offset: 9, length: 6 }] },
    {
      text: "印发《关于<XX县>作风建设的通知》。",
      errors: [{ offset: 6, length: 2 }],
    },
    { text: "完成{数字}项。", errors: [{ offset: 2, length: 4 }] },
  ],
});

ruleTester(unfilledField, {
  valid: ["本单位全年召开专题会议12次。", "未闭合的【括号"],
  invalid: [
    { text: "召开会议【请填写次数】次。", errors: [{ offset: 4, length: 7, severity: "error", fix: null }] },
    {
      text: "【单位】：【年度】",
      errors: [
        { offset: 0, length: 4 },
        { offset: 5, length: 4 },
      ],
    },
    { text: "【】", errors: [{ offset: 0, length: 2 }] },
  ],
});
