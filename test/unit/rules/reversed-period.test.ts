/** reversed-marks and halfwidth-period (issue 10: marks that survive a source's normalised punctuation). */
import { halfwidthPeriod } from "../../../src/core/rules/halfwidth-punctuation";
import { pairedMarks } from "../../../src/core/rules/paired-marks";
import { reversedMarks } from "../../../src/core/rules/reversed-marks";
import { ruleTester, run } from "./rule-tester";

ruleTester(reversedMarks, {
  valid: [
    "增强“四个意识”、坚定“四个自信”。",
    "落实“三会一课”“主题党日”等制度。",
    "学习《准则》和《条例》。",
    "开展“学理论”和“强本领”活动。",
    "围绕“实现‘十四五’圆满收官”这一目标。",
    // balanced, and the words between the pairs are no numbered term
    "坚持“清单化”管理“项目化”推进。",
    // an unopened ” followed by a “ that is closed later: paired-marks' business, not a reversed pair
    "落实到位”，再部署“回头看”。",
  ],
  invalid: [
    {
      text: "为实现”十四五“目标而努力。",
      errors: [{ offset: 3, length: 5, severity: "error", fix: "“十四五”" }],
      output: "为实现“十四五”目标而努力。",
    },
    {
      text: "坚决做到”两个维护“和“四个意识”。",
      errors: [{ offset: 4, length: 6, severity: "error", fix: "“两个维护”" }],
    },
    {
      text: "认真学习》中国共产党章程《。",
      errors: [{ offset: 4, length: 9, severity: "error", fix: "《中国共产党章程》" }],
      output: "认真学习《中国共产党章程》。",
    },
    {
      text: "围绕“为实现”十四五“圆满收官打基础”这一主题。",
      errors: [{ offset: 6, length: 5, severity: "warning", fix: "‘十四五’" }],
      output: "围绕“为实现‘十四五’圆满收官打基础”这一主题。",
    },
  ],
});

describe("paired-marks: <…> as inner title marks", () => {
  it("suggests 〈…〉 inside 《…》 (warning), and leaves <…> outside 《…》 alone", () => {
    const f = run(pairedMarks, { text: "转发《关于印发<作风考评细则>的通知》。" }).findings;
    expect(f.map((x) => [x.offset, x.length, x.severity, x.fix?.replacement])).toEqual([
      [7, 8, "warning", "〈作风考评细则〉"],
    ]);
    expect(run(pairedMarks, { text: "报送<单位名称>。" }).findings).toEqual([]);
  });
});

describe("paired-marks leaves reversed pairs to reversed-marks", () => {
  it("reports nothing on ”十四五“ alone, and still an unopened mark when the “ is closed later", () => {
    expect(run(pairedMarks, { text: "为实现”十四五“目标而努力。" }).findings).toEqual([]);
    const f = run(pairedMarks, { text: "为实现”十四五“目标而努力”。" }).findings;
    expect(f.map((x) => [x.offset, x.length])).toEqual([[3, 1]]);
    expect(run(reversedMarks, { text: "为实现”十四五“目标而努力”。" }).findings).toEqual([]);
  });
});

ruleTester(halfwidthPeriod, {
  valid: [
    "增长3.5%，完成率100.0%。",
    "1.加强组织领导",
    "一.加强组织领导",
    "详见www.example.gov.cn网站。",
    "见附件报告.docx。",
    "按照ISO 9001.2015标准。",
    "全年工作扎实。下一步，继续努力。",
  ],
  invalid: [
    {
      text: "全年工作扎实.下一步继续努力。",
      errors: [{ offset: 6, length: 1, severity: "error", fix: "。" }],
      output: "全年工作扎实。下一步继续努力。",
    },
    {
      text: "学习了会议精神.第一时间传达.再部署落实。",
      errors: [
        { offset: 7, length: 1, fix: "。" },
        { offset: 14, length: 1, fix: "。" },
      ],
    },
  ],
});
