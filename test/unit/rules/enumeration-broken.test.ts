/** enumeration-sequence: a series 一是、二是 broken by a 三 without 是 (issue 10). */
import { enumerationSequence } from "../../../src/core/rules/enumeration-sequence";
import { ruleTester } from "./rule-tester";

ruleTester(enumerationSequence, {
  valid: [
    ["一、甲", "一是加强学习。二是压实责任。三是强化督查。"],
    // 三 starting a term or a count, not an item
    ["一、甲", "一是加强学习。二是压实责任。三严三实要求落到实处。"],
    ["一、甲", "一是加强学习。二是压实责任。三年来成效明显。"],
    ["一、甲", "一是加强学习。二是压实责任。", "三会一课制度坚持得好。"],
    // not at the start of a clause
    ["一、甲", "一是加强学习。二是压实责任和三加强监督的说法。"],
    // a new section: the series is over
    ["一、甲", "一是加强学习。二是压实责任。", "二、乙", "三切实履行职责。"],
  ],
  invalid: [
    {
      text: ["一、甲", "一是认真制定议题。二是精心组织学习。三切实履行“一岗双责”。"],
      errors: [{ paragraph: 1, offset: 18, length: 1, severity: "warning", fix: "三是" }],
      output: ["一、甲", "一是认真制定议题。二是精心组织学习。三是切实履行“一岗双责”。"],
    },
    {
      name: "items after commas",
      text: ["一、甲", "一是加强学习，二是压实责任，三强化监督。"],
      errors: [{ paragraph: 1, offset: 14, length: 1, fix: "三是" }],
    },
    {
      name: "items in paragraphs of their own",
      text: ["一、甲", "一是加强学习。", "二是压实责任。", "三是强化督查。", "四加强队伍建设。"],
      errors: [{ paragraph: 4, offset: 0, length: 1, fix: "四是" }],
    },
  ],
});
