/**
 * issue 10: a missing section is an error only when the report's kind was given or read from the
 * title (or the transition sentence); a kind guessed from the body gets a warning at most.
 */
import { requiredSections } from "../../../src/core/rules/required-sections";
import { check } from "../../../src/core/check";
import { modelFromLines } from "../../../src/core/model";
import { ruleTester } from "./rule-tester";

const BODY = [
  "一、履行主体责任情况",
  "认真履行全面从严治党主体责任，落实主体责任清单。",
  "二、存在的问题",
  "主体责任压得还不够实。",
];

ruleTester(requiredSections, {
  valid: [],
  invalid: [
    {
      name: "kind from the title: error",
      text: ["关于2024年度落实全面从严治党主体责任情况的报告", ...BODY],
      errors: [{ paragraph: null, severity: "error" }],
    },
    {
      name: "kind given by the configuration: error",
      text: BODY,
      kind: "main-responsibility",
      errors: [{ paragraph: null, severity: "error" }],
    },
    {
      name: "untitled, the kind guessed from the body: warning",
      text: ["县纪委：", ...BODY],
      errors: [{ paragraph: null, severity: "warning" }],
    },
  ],
});

describe("a title that names another genre gives no kind", () => {
  it.each([["2024年度意识形态主体责任落实情况督查调研报告"], ["关于2023年度县本级预算执行的审计工作报告"]])(
    "%s",
    (title) => {
      const r = check(modelFromLines([title, ...BODY]), {});
      expect(r.kind).toBeNull();
      expect(r.findings.filter((f) => f.severity === "error" && f.rule === "required-sections")).toEqual([]);
    },
  );
});

describe("the guessed kind is still reported", () => {
  it("detects the kind of the untitled text, without an error-level missing section", () => {
    const r = check(modelFromLines(["县纪委：", ...BODY]), {});
    expect(r.kind).not.toBeNull();
    expect(r.findings.filter((f) => f.rule === "required-sections" && f.severity === "error")).toEqual([]);
  });
});
