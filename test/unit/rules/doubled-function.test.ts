/** doubled-char on doubled function words (issue 10 class 4): flagged anywhere, right across words. */
import { doubledChar } from "../../../src/core/rules/doubled-char";
import { functionDoublings } from "../../../src/genre/reduplications";
import { ruleTester, run } from "./rule-tester";

ruleTester(doubledChar, {
  valid: [
    "为了了解群众诉求，我们开展了专题调研。",
    "这一目的的实现需要各方共同努力。",
    "我们的的确确做到了令行禁止。",
    "坚持实事求是是我们党的思想路线。",
    "关键是是否真正落实到位。",
    "存在在职人员违规兼职问题。",
    "现在在岗干部共120人。",
    "针对对象不同分类施策。",
    "参与与否由本人决定。",
    "涉及及时整改的事项已全部办结。",
    "作为为民服务的窗口单位。",
    "服从从严管理的要求。",
    "问题不了了之的情况得到纠正。",
    "营造和和美美的家庭氛围。",
    "坚持平和和谐的工作氛围。",
    "是是非非要分清。",
    "认真核对对账单。",
    "一对对新人参加集体婚礼。",
    "予以以下处理。",
    "可以以此为契机推进整改。",
    "群众的参与与支持很重要。",
    "这一成就就是奋斗出来的。",
    "人人参与，层层抓落实，常常提醒，天天坚持。",
    "推动全县县直机关作风转变，落实市市级机关责任。",
  ],
  invalid: [
    {
      text: "加强我们的的工作作风建设。",
      errors: [{ offset: 4, length: 2, severity: "error", fix: "的" }],
      output: "加强我们的工作作风建设。",
    },
    {
      text: "这是是一项长期任务。",
      errors: [{ offset: 1, length: 2, severity: "error", fix: "是" }],
      output: "这是一项长期任务。",
    },
    {
      text: "加强教育和和管理。",
      errors: [{ offset: 4, length: 2, severity: "warning", fix: "和" }],
    },
    {
      text: "完成了了全年任务，在在推进中。",
      errors: [
        { offset: 2, length: 2, severity: "warning", fix: "了" },
        { offset: 9, length: 2, severity: "warning", fix: "在" },
      ],
    },
    {
      text: "针对对上述问题，作为为班子成员。",
      errors: [
        { offset: 1, length: 2, fix: "对" },
        { offset: 9, length: 2, fix: "为" },
      ],
    },
    {
      text: "要把把工作做实，防止被被处分。",
      errors: [
        { offset: 1, length: 2, fix: "把" },
        { offset: 10, length: 2, fix: "被" },
      ],
    },
  ],
});

describe("function doublings data", () => {
  it("each character's explaining words contain it at the right end", () => {
    for (const [ch, d] of Object.entries(functionDoublings)) {
      expect(ch).toHaveLength(1);
      for (const w of d.ends) expect([ch, w, w.endsWith(ch)]).toEqual([ch, w, true]);
      for (const w of d.starts) expect([ch, w, w.startsWith(ch)]).toEqual([ch, w, true]);
    }
  });

  it("flags every function character doubled between two unrelated words", () => {
    const bad: string[] = [];
    for (const ch of Object.keys(functionDoublings)) {
      const text = `我们${ch}${ch}工作。`;
      const got = run(doubledChar, { text }).findings.map((f) => `${f.offset}/${f.length}`);
      if (got.join() !== "2/2") bad.push(`${text}: ${got.join()}`);
    }
    expect(bad).toEqual([]);
  });
});
