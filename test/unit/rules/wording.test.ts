import { formulation } from "../../../src/core/rules/formulation";
import { datedReference } from "../../../src/core/rules/dated-reference";
import { doubledChar } from "../../../src/core/rules/doubled-char";
import { noRequest } from "../../../src/core/rules/no-request";
import { formulations } from "../../../src/genre/formulations";
import { datedRefs } from "../../../src/genre/dated-refs";
import { ruleTester, run } from "./rule-tester";

ruleTester(formulation, {
  valid: [
    "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。",
    "同以习近平同志为核心的党中央保持高度一致。",
    "严格落实中央八项规定精神。",
    "严格落实中央八项规定及其实施细则精神。",
    "常态化开展扫黑除恶斗争，深入推进扫黑除恶专项斗争。",
    "凡属“三重一大”事项，都集体讨论决定。",
    "重大事项决策、重要干部任免、重要项目安排、大额度资金使用。",
    "重大问题决策、重要干部任免、重大项目投资决策、大额资金使用。",
    "深化运用监督执纪“四种形态”。",
    "经常开展批评和自我批评、约谈函询，让“红红脸、出出汗”成为常态。",
    "增强政治意识、大局意识、核心意识、看齐意识。",
    "一体推进不敢腐、不能腐、不想腐。",
    "铸牢中华民族共同体意识，筑牢拒腐防变思想防线。",
    "整治形式主义、官僚主义、享乐主义和奢靡之风。",
    "坚持以习近平新时代中国特色社会主义思想为指导，学习习近平总书记关于党的建设的重要思想。",
  ],
  invalid: [
    {
      text: "聚焦黑除恶专项斗争。",
      errors: [{ offset: 2, length: 3, severity: "error", fix: "扫黑除恶" }],
      output: "聚焦扫黑除恶专项斗争。",
    },
    {
      text: "紧密团结在以习近平总书记为核心的党中央周围。",
      errors: [{ offset: 5, length: 14, fix: "以习近平同志为核心的党中央" }],
      output: "紧密团结在以习近平同志为核心的党中央周围。",
    },
    { text: "落实“一岗两责”。", errors: [{ offset: 3, length: 4, fix: "一岗双责" }] },
    {
      text: "坚决维护党中央权威和统一领导。",
      errors: [{ offset: 4, length: 10, fix: "党中央权威和集中统一领导" }],
    },
    {
      text: "坚决做好“两个维护”。",
      errors: [{ offset: 2, length: 8, severity: "warning", fix: "做到“两个维护”" }],
    },
    {
      text: "严格落实八项规定精神。",
      errors: [{ offset: 4, length: 6, severity: "info", fix: "中央八项规定精神" }],
    },
    {
      text: "增强政治意识、核心意识、大局意识、看齐意识。",
      errors: [{ offset: 2, length: 19, fix: "政治意识、大局意识、核心意识、看齐意识" }],
    },
    {
      text: "坚决筑牢中华民族共同体意识。",
      errors: [{ offset: 2, length: 11, fix: "铸牢中华民族共同体意识" }],
    },
    { text: "贯彻党的“二十大”精神。", errors: [{ offset: 2, length: 9, fix: "党的二十大精神" }] },
    { text: "凡属“三大一重”事项。", errors: [{ offset: 3, length: 4, fix: "三重一大" }] },
    { text: "纠治享乐主义和奢糜之风。", errors: [{ offset: 2, length: 9, fix: "享乐主义和奢靡之风" }] },
    {
      text: "推进不能腐、不敢腐、不想腐。",
      errors: [{ offset: 2, length: 11, fix: "不敢腐、不能腐、不想腐" }],
    },
    { text: "增强“四个意思”。", errors: [{ offset: 3, length: 4, fix: "四个意识" }] },
    {
      text: "坚持以新时代中国特色社会主义思想为指导。",
      errors: [{ offset: 3, length: 13, severity: "warning", fix: "习近平新时代中国特色社会主义思想" }],
      output: "坚持以习近平新时代中国特色社会主义思想为指导。",
    },
    {
      text: "学习总书记新时代中国特色社会主义思想。",
      errors: [{ offset: 2, length: 16, severity: "error", fix: "习近平新时代中国特色社会主义思想" }],
    },
    {
      text: "学习习近平总书记新时代中国特色社会主义思想。",
      errors: [{ offset: 2, length: 19, severity: "error", fix: "习近平新时代中国特色社会主义思想" }],
      output: "学习习近平新时代中国特色社会主义思想。",
    },
  ],
});

describe("规范表述 dictionary", () => {
  it("has at least 60 entries with unique kebab-case ids, a canonical form and a source", () => {
    expect(formulations.length).toBeGreaterThanOrEqual(60);
    const ids = new Set<string>();
    for (const f of formulations) {
      expect(f.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(ids.has(f.id)).toBe(false);
      ids.add(f.id);
      expect(f.canonical.length).toBeGreaterThan(0);
      expect(f.source.length).toBeGreaterThan(0);
    }
  });

  it("never flags its own canonical forms, variants and collocations", () => {
    for (const f of formulations) {
      for (const text of [f.canonical, ...(f.variants ?? []), ...(f.collocations ?? [])]) {
        const { findings } = run(formulation, { text: `${text}。` });
        expect({ id: f.id, text, findings: findings.map((x) => x.excerpt) }).toEqual({
          id: f.id,
          text,
          findings: [],
        });
      }
    }
  });

  it("flags every wrong form and the fix is not itself flagged", () => {
    for (const f of formulations) {
      for (const w of f.wrong ?? []) {
        // An outdated wording (since) is wrong only in a report on its year or later.
        const year = w.since ? Number(w.since.slice(0, 4)) : undefined;
        const { findings } = run(formulation, { text: `我们${w.text}。`, year });
        expect(findings.length).toBeGreaterThanOrEqual(1);
        const fixed = `我们${w.fix ?? f.canonical}。`;
        expect(run(formulation, { text: fixed, year }).findings.map((x) => x.excerpt)).toEqual([]);
      }
    }
  });
});

ruleTester(datedReference, {
  valid: [
    { text: "深入学习贯彻党的二十大精神。", year: 2023 },
    { text: "深入学习贯彻党的二十大精神。", year: 2022 },
    { text: "深入学习贯彻党的二十大精神。" },
    { text: "认真学习十九届中央纪委五次全会精神。", year: 2021 },
    { text: "开展党纪学习教育。", year: 2024 },
  ],
  invalid: [
    {
      text: "深入学习贯彻党的二十大精神。",
      year: 2021,
      errors: [{ offset: 6, length: 5, severity: "error", fix: null }],
    },
    { text: "学习二十届中央纪委三次全会精神。", year: 2023, errors: [{ offset: 2, length: 11 }] },
    { text: "开展党纪学习教育。", year: 2023, errors: [{ offset: 2, length: 6 }] },
    { text: "开展深入贯彻中央八项规定精神学习教育。", year: 2024, errors: [{ offset: 2, length: 16 }] },
    {
      text: "开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
      year: 2022,
      errors: [{ offset: 2, length: 24 }],
    },
  ],
});

describe("dated references", () => {
  it("each has a YYYY-MM date, patterns and a source", () => {
    for (const r of datedRefs) {
      expect(r.since).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])$/);
      expect(r.patterns.length).toBeGreaterThan(0);
      expect(r.source.length).toBeGreaterThan(0);
    }
  });
});

ruleTester(doubledChar, {
  valid: [
    "人人参与，层层抓落实，一级抓一级，常抓不懈。",
    "深入学习《中国共产党党内监督条例》。",
    "建立清清爽爽的同志关系、规规矩矩的上下级关系。",
    "推动全县县直机关作风转变。",
    "坚持会前讲廉政、会会讲廉政。",
    "《闽山闽水物华新——习近平福建足迹》",
  ],
  invalid: [
    {
      text: "出台《县县本级重大经济事项决策规定实施细则》。",
      errors: [{ offset: 3, length: 2, severity: "error", fix: "县" }],
      output: "出台《县本级重大经济事项决策规定实施细则》。",
    },
    {
      text: "加强党风廉政政建设。",
      errors: [{ offset: 5, length: 2, fix: "政" }],
      output: "加强党风廉政建设。",
    },
    {
      text: "学习《关于加强强基层建设的意见》。",
      errors: [{ offset: 6, length: 2, severity: "warning", fix: "强" }],
    },
  ],
});

ruleTester(noRequest, {
  valid: ["对下级部门的请示及时批示批复。", "坚持依程序按要求向上级请示报告。", "特此报告。"],
  invalid: [
    { text: "以上报告，妥否，请批示。", errors: [{ offset: 5, length: 6, severity: "error", fix: null }] },
    { text: "请予批准。", errors: [{ offset: 0, length: 4 }] },
    { text: "特此请示。", errors: [{ offset: 0, length: 4 }] },
    { text: "当否,请批复", errors: [{ offset: 0, length: 6 }] },
  ],
});

describe("dated-reference with a guessed year", () => {
  it("does not turn a right citation into an error when the year is only guessed from the text", () => {
    // The opening names 2023 (a document's date), the text shows 2024 work: the guess must not flag 党纪学习教育.
    const lines = [
      "根据《2023年度工作要点》，现将有关情况报告如下：",
      "一、主要工作情况",
      "2024年，扎实开展党纪学习教育。",
    ];
    expect(run(datedReference, { text: lines }).findings).toEqual([]);
  });
  it("trusts the title's year", () => {
    const lines = [
      "关于2023年度履行主体责任情况的报告",
      "现将有关情况报告如下：",
      "一、主要工作情况",
      "2024年，扎实开展党纪学习教育。",
    ];
    expect(
      run(datedReference, { text: lines }).findings.map((f) => [f.paragraph, f.offset, f.length]),
    ).toEqual([[3, 10, 6]]);
  });
});
