import { listRepeat } from "../../../src/core/rules/list-repeat";
import { ruleTester } from "./rule-tester";

ruleTester(listRepeat, {
  valid: [
    "督查了各镇街党委、党组、总支和支部。",
    "坚持一同部署、一同落实、一同检查、一同考核。",
    "全体党员、干部、党员干部都要参加。",
    "第1、2、3条，1、1、2项。",
    // names masked by a placeholder are not the same names
    "约谈区XX局、区XX局、区**中心负责人。",
    // the same words in two different lists
    "学习党章、党规，对照党章、党规查摆问题。",
  ],
  invalid: [
    {
      text: "对共12个党委、党委、总支、支部开展督查。",
      errors: [{ paragraph: 0, offset: 8, length: 2, severity: "warning", fix: null }],
    },
    {
      text: "先后学习了党的二十大精神、总书记重要讲话精神、党的二十大精神。",
      errors: [{ offset: 23, length: 7 }],
    },
    {
      name: "an inner item, and the last item with 等",
      text: "检查财务、人事、资产、人事等情况。",
      errors: [{ offset: 11, length: 2 }],
    },
  ],
});
