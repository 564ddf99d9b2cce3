import { adverbialDe } from "../../../src/core/rules/adverbial-de";
import { ruleTester } from "./rule-tester";

ruleTester(adverbialDe, {
  valid: [
    "较好地完成了全年各项任务。",
    // the verb as a modifier of a listed noun
    "建立有效的落实机制，端正认真的学习态度。",
    "形成扎实的推进措施和全面的整改方案。",
    // a light verb before the adjective makes the verb a noun
    "各项部署得到了有效的落实。",
    "经过认真的学习，大家提高了认识。",
    "对问题线索进行及时的处理。",
    // a suffix makes a noun of the verb; so does 是 after it (a subject) and a measure word before
    "他是一名积极的参与者。",
    "认真的学习是做好工作的前提。",
    "这次全面的整改，使作风明显好转。",
    // a one-character verb followed by a noun
    "会场上有许多认真的听众。",
    // not in the lists
    "开展严肃认真的批评和自我批评。",
  ],
  invalid: [
    {
      text: "支部较好的完成了年度建设任务。",
      errors: [{ offset: 4, length: 1, severity: "warning", fix: "地" }],
      output: "支部较好地完成了年度建设任务。",
    },
    {
      text: "与会同志认真的听，认真的记。",
      errors: [
        { offset: 6, length: 1, fix: "地" },
        { offset: 11, length: 1, fix: "地" },
      ],
    },
    { text: "扎实的推进各项改革任务。", errors: [{ offset: 2, length: 1, fix: "地" }] },
    { text: "要切实的履行监督责任。", errors: [{ offset: 3, length: 1, fix: "地" }] },
  ],
});
