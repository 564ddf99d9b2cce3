/**
 * No false positives: a well-written report of each shape, full of the traps of GENRE.md section 9,
 * raises no error and no warning; and every shipped template, filled, raises no error-level finding
 * (left empty, only unfilled-field errors).
 */
import { check } from "../../src/core/check";
import { modelFromLines } from "../../src/core/model";
import { renderTemplate } from "../../src/core/scaffold";
import { TEMPLATES } from "../../src/genre/templates";

const CLEAN = [
  "关于2024年度履行党风廉政建设主体责任情况的报告",
  "市纪委：",
  "2024年，局党组坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届二中、三中全会精神，认真落实全面从严治党主体责任。现将有关情况报告如下：",
  "一、主要工作情况",
  "（一）强化政治建设。始终同以习近平同志为核心的党中央保持高度一致，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，不断增强“四个意识”、坚定“四个自信”。一是加强理论学习，全年召开党组理论学习中心组学习会12次。二是落实“第一议题”制度，及时传达学习《中国共产党纪律处分条例》等党内法规。三是开展党纪学习教育，引导党员干部学纪、知纪、明纪、守纪。",
  "（二）压实主体责任。严格落实“一岗双责”，层层签订责任书，一级抓一级、层层抓落实，做到常抓不懈。凡属“三重一大”事项，均经党组会集体研究决定。全年投入资金1.5亿元，同比增长3.2%，按照《实施细则》第1.2条执行。",
  "（三）深化监督执纪。深化运用监督执纪“四种形态”，经常开展批评和自我批评、约谈函询，让“红红脸、出出汗”成为常态；一体推进不敢腐、不能腐、不想腐。对群众反映的问题做到件件有回音、事事有着落。*",
  "1.严格执行中央八项规定精神。驰而不息纠治“四风”，重点整治形式主义、官僚主义。",
  "2.加强廉洁文化建设。组织观看警示教育片，学习《一是一、二是二——廉洁故事选编》。",
  "（四）推进信息化监督。依托Excel台账和“Smart Audit”平台开展数据比对，比例尺为1:1000的地图标注项目点位。",
  "二、存在的问题",
  "一是理论学习的深度还不够；二是监督的精准性有待提高；三是个别同志作风不够扎实。",
  "三、下一步工作打算",
  "（一）持续加强理论武装。深入学习贯彻党的二十届三中全会精神，推动全面从严治党向纵深发展。",
  "（二）持续正风肃纪。营造风清气正的良好政治生态，建立清清爽爽的同志关系、规规矩矩的上下级关系。",
  "特此报告。",
  "中共青山市青山区某局党组",
  "2024年12月20日",
];

describe("no false positives on a clean report", () => {
  it("raises no error and no warning", () => {
    const r = check(modelFromLines(CLEAN));
    expect(r.kind).toBe("main-responsibility");
    expect(r.year).toBe(2024);
    const loud = r.findings.filter((f) => f.severity !== "info");
    expect(loud.map((f) => [f.paragraph, f.offset, f.rule, f.excerpt])).toEqual([]);
  });

  it("raises no error on a first-responsible report whose problems and plans close without a heading", () => {
    const lines = [
      "关于2023年度履行党风廉政建设第一责任人职责情况的报告",
      "今年以来，我认真履行党风廉政建设第一责任人职责，现将有关情况汇报如下：",
      "一、抓好政治建设，严明纪律严守规矩",
      "始终旗帜鲜明讲政治，不断增强“四个意识”。",
      "一是全面履行主体责任。二是认真抓好责任细化。",
      "二、强化作风建设，持之以恒正风肃纪",
      "一是深入开展作风建设年活动。二是加大案件查办力度。",
      "虽然取得了一些成绩，但与上级要求相比还存在不足和差距。下一步，我将持续强化责任落实，推动全面从严治党向纵深发展。",
    ];
    const r = check(modelFromLines(lines));
    expect(r.kind).toBe("first-responsible");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "required-sections").map((f) => f.severity)).toEqual([
      "info",
      "info",
    ]);
  });
});

describe("consistency with the shipped templates", () => {
  const values: Record<string, string> = {
    year: "2024",
    unit: "中共青山市青山区审计局党组",
    name: "李明",
    post: "局长",
    to: "区纪委监委",
    date: "2024年12月20日",
  };
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: filled, no error; empty, only unfilled-field errors",
    (_id, t) => {
      const filled = check(modelFromLines(renderTemplate(t, values).map((p) => p.text)));
      const filledErrors = filled.findings.filter(
        (f) => f.severity === "error" && f.rule !== "unfilled-field",
      );
      expect(filledErrors.map((f) => [f.paragraph, f.rule, f.excerpt])).toEqual([]);
      const empty = check(modelFromLines(renderTemplate(t, {}).map((p) => p.text)));
      expect(empty.findings.some((f) => f.rule === "unfilled-field")).toBe(true);
      expect(
        empty.findings
          .filter((f) => f.rule !== "unfilled-field" && f.severity !== "info")
          .map((f) => [f.paragraph, f.rule]),
      ).toEqual([]);
    },
  );
});
