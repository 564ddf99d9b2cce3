/**
 * The structure of the five sample reports, exactly as ../shared/seeds/README.md describes them
 * (paragraph index = line number - 1).
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { buildOutline } from "../../src/core/outline";
import { modelFromLines } from "../../src/core/model";

const SEEDS = join(__dirname, "../../../shared/seeds");

function seed(prefix: string) {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  const lines = readFileSync(join(SEEDS, file), "utf8").split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return { lines, s: buildOutline(modelFromLines(lines)) };
}

/** [paragraph, level, depth, number, runIn, text] of every heading. */
type Row = [number, 1 | 2 | 3 | 4, number, number, boolean, string];
const rows = (s: ReturnType<typeof buildOutline>): Row[] =>
  s.headings.map((h) => [h.paragraph, h.level, h.depth, h.number, h.runIn, h.text]);
/** Enumeration words per paragraph. */
const enums = (s: ReturnType<typeof buildOutline>) => {
  const out: Record<number, string> = {};
  for (const e of s.enumerations)
    out[e.paragraph] = (out[e.paragraph] ? out[e.paragraph] + " " : "") + e.word;
  return out;
};

describe("seed 000: personal report of a 区长", () => {
  const { s, lines } = seed("000_");
  it("has no title or 主送; the opening is line 0 (it starts with 一年来, not a heading)", () => {
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([null, null, 0, null, null]);
  });
  it("has 一、（一）（二）（三） 二、 三、（一）（二）（三）, the （） ones run-in", () => {
    expect(rows(s)).toEqual<Row[]>([
      [1, 1, 1, 1, false, "主要工作情况"],
      [2, 2, 2, 1, true, "坚持学深悟细、知行合一，全面增强拒腐防变能力。"],
      [3, 2, 2, 2, true, "坚持担当负责、履职尽责，坚决落实廉政主体责任。"],
      [4, 2, 2, 3, true, "坚持严以律己、廉洁奉公，严格执行廉洁从政规定。"],
      [5, 1, 1, 2, false, "存在的问题"],
      [7, 1, 1, 3, false, "下一步工作打算"],
      [9, 2, 2, 1, true, "强化政治理论武装，提高自身素质。"],
      [10, 2, 2, 2, true, "加强思想政治建设，带头担当作为。"],
      [11, 2, 2, 3, true, "毫不松懈纠正“四风”，塑造新风正气。"],
    ]);
    expect(s.headings.every((h) => h.problem === null && h.marker === h.canonicalMarker)).toBe(true);
  });
  it("has 一是/二是/三是 in each （一）（二）（三） of part 一 and 一是/二是 under 二、", () => {
    expect(enums(s)).toEqual({
      2: "一是 二是 三是",
      3: "一是 二是 三是",
      4: "一是 二是 三是",
      6: "一是 二是",
    });
    for (const e of s.enumerations)
      expect(lines[e.paragraph].slice(e.offset, e.offset + e.length)).toBe(e.word);
  });
  it("builds the tree with sections ending at the next sibling", () => {
    expect(s.roots.map((r) => [r.start, r.end, r.children.map((c) => [c.start, c.end])])).toEqual([
      [
        1,
        5,
        [
          [2, 3],
          [3, 4],
          [4, 5],
        ],
      ],
      [5, 7, []],
      [
        7,
        lines.length,
        [
          [9, 10],
          [10, 11],
          [11, lines.length],
        ],
      ],
    ]);
  });
});

describe("seed 001: 区委书记, long themed level-1 headings", () => {
  const { s } = seed("001_");
  it("opens at line 0 and has no title, 主送, 落款 or date (line 22 is the closing paragraph)", () => {
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([null, null, 0, null, null]);
  });
  it("has four stand-alone level-1 headings and nothing deeper", () => {
    expect(rows(s)).toEqual<Row[]>([
      [1, 1, 1, 1, false, "抓好政治建设，严明纪律严守规矩，层层压实主体责任"],
      [6, 1, 1, 2, false, "强化作风建设，持之以恒正风肃纪，全面推进从严治党"],
      [12, 1, 1, 3, false, "狠抓队伍建设，落实管党治党责任，不断提升综合素质"],
      [17, 1, 1, 4, false, "推进制度建设，带头示范抓好落实，自觉维护良好形象"],
    ]);
  });
  it("has one 一是/二是… paragraph each, at paragraph start", () => {
    expect(enums(s)).toEqual({
      3: "一是",
      4: "二是",
      5: "三是",
      8: "一是",
      9: "二是",
      10: "三是",
      11: "四是",
      14: "一是",
      15: "二是",
      16: "三是",
      19: "一是",
      20: "二是",
      21: "三是",
    });
    expect(s.enumerations.every((e) => e.offset === 0 && e.style === "shi")).toBe(true);
  });
  it("keeps the closing paragraph (22) inside section 四", () => {
    expect(s.roots[3].start).toBe(17);
    expect(s.roots[3].end).toBeGreaterThan(22);
  });
});

describe("seed 002: 县长, themed headings with run-in （一）（二）（三）", () => {
  const { s } = seed("002_");
  it("opens at line 0 (starts with 2023年, not a heading)", () => {
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([null, null, 0, null, null]);
  });
  it("has 一、二、三、 with three run-in sub-headings each", () => {
    expect(rows(s)).toEqual<Row[]>([
      [1, 1, 1, 1, false, "坚持以上率下，树牢清正廉洁“风向标”"],
      [2, 2, 2, 1, true, "始终坚定政治立场。"],
      [3, 2, 2, 2, true, "持续加强理论学习。"],
      [4, 2, 2, 3, true, "时刻做到严以律己。"],
      [5, 1, 1, 2, false, "强化担当担责，种好廉政建设“责任田”"],
      [6, 2, 2, 1, true, "压紧压实主体责任。"],
      [7, 2, 2, 2, true, "狠抓政府班子建设。"],
      [8, 2, 2, 3, true, "持续深化正风肃纪。"],
      [9, 1, 1, 3, false, "完善监督体系，扎紧权力运行“铁笼子”"],
      [10, 2, 2, 1, true, "扎实抓好制度建设。"],
      [11, 2, 2, 2, true, "强化重点领域监管。"],
      [12, 2, 2, 3, true, "深入推进依法行政。"],
    ]);
  });
  it("has no inline enumerations", () => {
    expect(s.enumerations).toEqual([]);
  });
});

describe("seed 003: 述责述廉报告 that skips the （一） level", () => {
  const { s } = seed("003_");
  it("has the title line 0 and the opening line 2 (line 1 is blank)", () => {
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([0, null, 2, null, null]);
  });
  it("has 1.–5. directly under 一、 (depth 2), 1.–4. under 二、 and 三、", () => {
    expect(rows(s)).toEqual<Row[]>([
      [3, 1, 1, 1, false, "廉政履责情况"],
      [4, 3, 2, 1, false, "执行政治纪律和政治规矩情况"],
      [6, 3, 2, 2, false, "履行管党治党责任情况"],
      [8, 3, 2, 3, false, "推进党风廉政建设和反腐败工作情况"],
      [10, 3, 2, 4, false, "执行廉洁纪律情况"],
      [12, 3, 2, 5, false, "落实意识形态工作情况"],
      [14, 1, 1, 2, false, "存在问题和不足"],
      [15, 3, 2, 1, true, "推动重大部署落实还有差距。"],
      [16, 3, 2, 2, true, "推动党建工作办法不够丰富。"],
      [17, 3, 2, 3, true, "干部监督管理方面还需加强。"],
      [18, 3, 2, 4, true, "意识形态工作方面仍有短板。"],
      [19, 1, 1, 3, false, "下一阶段改进措施"],
      [20, 3, 2, 1, true, "强化理论武装，旗帜鲜明讲政治。"],
      [21, 3, 2, 2, true, "坚持发展为要，攻坚克难显担当。"],
      [22, 3, 2, 3, true, "强化队伍建设，作风转变树形象。"],
      [23, 3, 2, 4, true, "压实主体责任，正风肃纪讲廉洁。"],
    ]);
    expect(s.roots.map((r) => r.children.length)).toEqual([5, 4, 4]);
  });
  it("finds 一是/二是/三是 only in line 7", () => {
    expect(enums(s)).toEqual({ 7: "一是 二是 三是" });
  });
});

describe("seed 004: 市局 to 市纪委, lines end with a space", () => {
  const { s, lines } = seed("004_");
  it("has the 主送 line 0 and the opening line 1", () => {
    expect([s.title, s.addressee, s.opening, s.signature, s.date]).toEqual([null, 0, 1, null, null]);
  });
  it("has 一、（一）…（五） and 二、, texts without the trailing space", () => {
    expect(rows(s)).toEqual<Row[]>([
      [2, 1, 1, 1, false, "主要工作情况"],
      [3, 2, 2, 1, true, "强化组织领导。"],
      [4, 2, 2, 2, true, "扎实开展党内法规学习教育活动。"],
      [5, 2, 2, 3, true, "扎实推进党风廉政建设主体责任落实。"],
      [6, 2, 2, 4, true, "积极防止“四风”反弹回潮。"],
      [7, 2, 2, 5, true, "深入开展系统治理。"],
      [8, 1, 1, 2, false, "工作打算"],
    ]);
    expect(lines[2].endsWith(" ")).toBe(true);
  });
  it("has 一是/二是(/三是) in each （一）…（五）", () => {
    expect(enums(s)).toEqual({
      3: "一是 二是 三是",
      4: "一是 二是 三是",
      5: "一是 二是",
      6: "一是 二是 三是",
      7: "一是 二是 三是",
    });
    for (const e of s.enumerations)
      expect(lines[e.paragraph].slice(e.offset, e.offset + e.length)).toBe(e.word);
  });
});
