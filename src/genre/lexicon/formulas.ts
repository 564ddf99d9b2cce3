/**
 * The verbs that set formulations take (issue 10, class 2): 深刻领悟“两个确立”的决定性意义, 增强“四个
 * 意识”, 坚定“四个自信”, 坚决做到“两个维护”. Each term lists the verbs it takes (`right`); a slogan with
 * another slogan's verb (做到“四个意识”, 增强“两个维护”, 坚定“两个确立”) is a wrong form at the table's
 * severity, and every other verb of KNOWN_VERBS a warning with the term's usual verb as the fix.
 * Checked by the rule formulation with the entries of src/genre/formulations.ts (same mechanism:
 * wrong forms, fixes, collocations as guards).
 * Sources: 党的十九届六中全会决议 (2021年11月) and 党的二十大报告 (2022年10月), 《中国共产党章程》.
 */
import type { Formulation, WrongForm } from "../formulation-types";

interface VerbTable {
  id: string;
  name: string;
  canonical: string;
  /** Verbs the slogan takes (never flagged), directly before it. */
  right: string[];
  /** Crossed verbs: [verb, the fix's verb, severity]. */
  wrong: [string, string, WrongForm["severity"]][];
  source: string;
}

const SIXTH_PLENUM = "党的十九届六中全会《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）";
const ERSHIDA = "党的二十大报告（2022年10月）；《中国共产党章程》（2022年10月修改）";

const tables: VerbTable[] = [
  {
    id: "verb-liangge-queli",
    name: "两个确立",
    canonical: "深刻领悟“两个确立”的决定性意义",
    right: ["领悟", "拥护", "捍卫"],
    wrong: [
      ["做到", "拥护", "error"],
      ["增强", "拥护", "error"],
      ["坚定", "坚定拥护", "error"],
      ["树立", "拥护", "error"],
      ["树牢", "拥护", "error"],
    ],
    source: SIXTH_PLENUM + "；" + ERSHIDA,
  },
  {
    id: "verb-liangge-weihu",
    name: "两个维护",
    canonical: "坚决做到“两个维护”",
    // 践行“两个维护”: the usage of the discipline inspection organs' own texts
    right: ["做到", "践行"],
    wrong: [
      ["增强", "做到", "error"],
      ["坚定", "坚决做到", "error"],
      ["树立", "做到", "error"],
      ["树牢", "做到", "error"],
      ["领悟", "做到", "error"],
      ["拥护", "做到", "error"],
    ],
    source: "《中共中央关于加强党的政治建设的意见》（2019年1月）；" + ERSHIDA,
  },
  {
    id: "verb-sige-yishi",
    name: "四个意识",
    canonical: "增强“四个意识”",
    right: ["增强", "树立", "树牢", "强化"],
    wrong: [
      ["做到", "增强", "error"],
      ["坚定", "增强", "error"],
      ["领悟", "增强", "error"],
      ["拥护", "增强", "error"],
      ["维护", "增强", "error"],
    ],
    source: ERSHIDA,
  },
  {
    id: "verb-sige-zixin",
    name: "四个自信",
    canonical: "坚定“四个自信”",
    right: ["坚定", "增强"],
    wrong: [
      ["做到", "坚定", "error"],
      ["领悟", "坚定", "error"],
      ["拥护", "坚定", "error"],
      ["维护", "坚定", "error"],
      ["树立", "坚定", "warning"],
      ["树牢", "坚定", "warning"],
    ],
    source: ERSHIDA,
  },
];

/**
 * Verbs seen before these terms in reports: each one the term does not take (not in `right`, not in
 * the table's own `wrong`) is a warning with the term's usual verb as the fix. A verb outside this
 * list is never judged (认识、理解、把握、坚持、落实 are used with several of the terms).
 */
export const KNOWN_VERBS = [
  "做到",
  "增强",
  "强化",
  "提升",
  "坚定",
  "树立",
  "树牢",
  "筑牢",
  "领悟",
  "拥护",
  "捍卫",
  "维护",
  "践行",
  "贯彻",
  "坚守",
  "实现",
] as const;

/** The usual verb of each term: the fix of a known verb it does not take. */
const USUAL: Record<string, string> = {
  两个确立: "拥护",
  两个维护: "做到",
  四个意识: "增强",
  四个自信: "坚定",
};

/** Nouns a verb may govern after “term”的 (增强“两个维护”的政治自觉): the verb is then not the term's. */
const NOUNS_AFTER_DE = [
  "自觉",
  "政治自觉",
  "思想自觉",
  "行动自觉",
  "意识",
  "能力",
  "本领",
  "信心",
  "决心",
  "定力",
  "底气",
  "责任感",
  "使命感",
  "紧迫感",
  "坚定性",
  "自觉性",
  "主动性",
] as const;

/** With and without quotation marks (增强“四个意识” / 增强四个意识). */
const forms = (verb: string, name: string) => [`${verb}“${name}”`, `${verb}${name}`];

/** Wrong forms written elsewhere (src/genre/formulations.ts: 做好“两个维护”): not generated twice. */
const ELSEWHERE = new Set(["做好“两个维护”"]);

/** The crossed verbs of a table: its own list, then every other known verb at warning. */
function crossedVerbs(t: VerbTable): [string, string, WrongForm["severity"]][] {
  const listed = new Set([...t.right, ...t.wrong.map(([v]) => v)]);
  const others = KNOWN_VERBS.filter((v) => !listed.has(v)).map(
    (v): [string, string, WrongForm["severity"]] => [v, USUAL[t.name], "warning"],
  );
  return [...t.wrong, ...others];
}

export const verbFormulations: readonly Formulation[] = tables.map((t) => ({
  id: t.id,
  name: t.name,
  canonical: t.canonical,
  collocations: t.right.flatMap((v) => forms(v, t.name)),
  wrong: crossedVerbs(t).flatMap(([verb, fixVerb, severity]) => {
    const [quoted, bare] = forms(verb, t.name);
    const [fixQuoted, fixBare] = forms(fixVerb, t.name);
    const note = `“${t.name}”与“${t.right.join("”“")}”搭配`;
    const verbObject = { nounsAfterDe: NOUNS_AFTER_DE };
    return [
      { text: quoted, fix: fixQuoted, severity, note, verbObject },
      { text: bare, fix: fixBare, severity, note, verbObject },
    ].filter((w) => !ELSEWHERE.has(w.text));
  }),
  source: t.source,
  theme: "政治建设",
}));
