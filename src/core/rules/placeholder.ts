/**
 * placeholder: figures and names left as placeholders (GENRE.md section 5): X/XX/x/xx, runs of *,
 * ×/××, ○○, □□, △△, 某某, and bracketed fill-ins 〔填写…〕 ［…］ {…} <…>; AAA/BBB for a name (warning). Silent on real words that
 * contain X (Excel, English names), on * as a footnote mark after a full sentence, on × or * in
 * formulas, and on <…> inside 《…》 (an inner title mark typed for 〈…〉: 《关于印发<某某办法>的通知》). Template fields 【…】 are the separate rule unfilled-field.
 */
import { rulesText } from "../../i18n/messages/rules";
import { isAsciiLetter, isDigit, isHan, isChineseContext, localized, isSpace } from "./util";
import { paragraphRule, type ParagraphContext } from "./types";
import type { LocalizedText } from "../../i18n";

/** Surnames: 王某某 / 张某某 is an anonymised name (legitimate in reports on cases), not a placeholder. */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/** X followed by these is a real term (X光, X射线), not a placeholder. */
const X_TERMS = ["光", "射线", "线", "型"];

const SENTENCE_END = "。！？；…";
/**
 * The passes a paragraph needs, by the characters that can start what each looks for: one pass over
 * the paragraph with a table lookup per unit, then only the passes whose characters occur.
 */
const LATIN_X = 1;
const STARS = 2;
const TIMES = 4;
const SHAPES = 8;
const MOUMOU = 16;
const BRACKETS = 32;
const LETTERS = 64;
const TRIGGERS = new Uint8Array(0x10000);
for (const [chars, pass] of [
  ["XxＸｘ", LATIN_X],
  ["*＊", STARS],
  ["×", TIMES],
  ["○◯□△■", SHAPES],
  ["某", MOUMOU],
  ["〔［{<＜｛", BRACKETS],
  ["ABCDEFGHIJKLMNOPQRSTUVWYZＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＹＺ", LETTERS],
] as const)
  for (const ch of chars) TRIGGERS[ch.charCodeAt(0)] |= pass;

function passesNeeded(s: string): number {
  let passes = 0;
  for (let i = 0; i < s.length; i++) passes |= TRIGGERS[s.charCodeAt(i)];
  return passes;
}

/** The message of each placeholder text met (the same few, XX or 某某, come back again and again). */
const messages = new Map<string, LocalizedText>();

function report(pc: ParagraphContext, offset: number, length: number, likely = false): void {
  const text = pc.text.slice(offset, offset + length);
  const key = likely ? `?${text}` : text;
  let message = messages.get(key);
  if (!message) {
    message = localized(rulesText, likely ? "placeholder.likely" : "placeholder.found", { text });
    if (messages.size < 1000) messages.set(key, message);
  }
  // a copy for each finding (nothing shares a finding's message)
  const copy = { "zh-CN": message["zh-CN"], "en-US": message["en-US"] };
  if (likely) pc.report(offset, length, copy, null, "warning");
  else pc.report(offset, length, copy);
}

/**
 * Rated things a run of letters names: AAA级景区, AAAA级旅游景区, 信用等级AAA, AAA信用企业, BBB级债券.
 * Within this many characters either side of the run, a rating word makes it a rating.
 */
const RATING = /级|信用|评级|评定|评为|等级|景区|债/;
const RATING_REACH = 4;

const isFullwidthLetter = (c: number): boolean =>
  (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

/**
 * The same capital three times or more between Chinese characters (推送AAA公众号内容, BBB同志): a name
 * left as a stand-in, a warning (ratings such as AAA级 are real; X is checkLatinX's).
 */
function checkLetters(pc: ParagraphContext, s: string): void {
  const re = /([A-WYZ])\1{2,}|([Ａ-ＷＹＺ])\2{2,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = start > 0 ? s.charCodeAt(start - 1) : -1;
    const next = end < s.length ? s.charCodeAt(end) : -1;
    // a code or a word: AAAS, BBB2, ＡＡＡＳ
    if ([prev, next].some((c) => isAsciiLetter(c) || isDigit(c) || isFullwidthLetter(c))) continue;
    if (!(prev >= 0 && isHan(prev)) && !(next >= 0 && isHan(next))) continue;
    const around = s.slice(Math.max(0, start - RATING_REACH), end + RATING_REACH);
    if (RATING.test(around)) continue;
    report(pc, start, end - start, true);
  }
}

function checkLatinX(pc: ParagraphContext, s: string): void {
  const re = /[Xx]+|[Ｘｘ]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = start > 0 ? s.charCodeAt(start - 1) : -1;
    const next = end < s.length ? s.charCodeAt(end) : -1;
    if (isAsciiLetter(prev) || isAsciiLetter(next)) continue; // part of a Latin word: Excel, XXL
    const hanOrDigit = (c: number) => c >= 0 && (isHan(c) || isDigit(c) || c === 0x25 || c === 0xff05);
    if (!hanOrDigit(prev) && !hanOrDigit(next)) continue; // standalone Latin X (an English name)
    if (X_TERMS.some((t) => s.startsWith(t, end))) continue;
    report(pc, start, end - start);
  }
}

function checkStars(pc: ParagraphContext, s: string): void {
  const re = /[*＊]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = start > 0 ? s.charCodeAt(start - 1) : -1;
    const next = end < s.length ? s.charCodeAt(end) : -1;
    // formula: 3*4, a*b
    if ((isDigit(prev) || isAsciiLetter(prev)) && (isDigit(next) || isAsciiLetter(next))) continue;
    // footnote mark after a full sentence, or a note line "*注：" / "*为…"
    if (prev >= 0 && SENTENCE_END.includes(String.fromCharCode(prev))) continue;
    if (start === 0 && (next === -1 || s.startsWith("注", end) || isSpace(next))) continue;
    if (next === -1 && prev >= 0 && (s[start - 1] === "”" || s[start - 1] === "）")) continue;
    const ctx = (c: number) => c >= 0 && (isHan(c) || isDigit(c));
    if (!ctx(prev) && !ctx(next)) continue;
    report(pc, start, end - start);
  }
}

function checkTimes(pc: ParagraphContext, s: string): void {
  const re = /×+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = start > 0 ? s.charCodeAt(start - 1) : -1;
    const next = end < s.length ? s.charCodeAt(end) : -1;
    if (isDigit(prev) && (isDigit(next) || next === -1 || isSpace(next) || isAsciiLetter(next))) continue; // 3×4
    if (isAsciiLetter(prev) || isAsciiLetter(next)) continue;
    if (!(prev >= 0 && (isHan(prev) || isDigit(prev))) && !(next >= 0 && isHan(next))) continue;
    report(pc, start, end - start);
  }
}

const CN_NUMERALS = "〇零一二三四五六七八九十";

function checkShapes(pc: ParagraphContext, s: string): void {
  const re = /[○◯]{2,}|□{2,}|△{2,}|■{2,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    // ○ typed for 〇 inside a date (二○二一年) is not a placeholder
    if ((start > 0 && CN_NUMERALS.includes(s[start - 1])) || (end < s.length && CN_NUMERALS.includes(s[end])))
      continue;
    report(pc, start, end - start);
  }
}

function checkMoumou(pc: ParagraphContext, s: string): void {
  let i = s.indexOf("某某");
  while (i >= 0) {
    let end = i + 2;
    while (s[end] === "某") end++;
    if (!(i > 0 && SURNAMES.includes(s[i - 1]))) report(pc, i, end - i);
    i = s.indexOf("某某", end);
  }
}

/**
 * Whether offsets lie inside an open 《…》 of s (a 《 before them not yet closed, and a 》 after):
 * <…> there is an inner title mark typed for 〈…〉 (《关于印发<某某办法>的通知》), not a fill-in.
 * Asked with increasing offsets, it scans s once.
 */
function bookTitleScanner(s: string): (i: number) => boolean {
  const lastClose = s.lastIndexOf("》");
  let depth = 0;
  let at = 0;
  return (i) => {
    for (; at < i; at++) {
      if (s[at] === "《") depth++;
      else if (s[at] === "》" && depth > 0) depth--;
    }
    return depth > 0 && lastClose > i;
  };
}

/** Bracketed fill-ins: 〔填写…〕 ［…］ {…} <…> with Chinese content (〔2024〕5号 is a document number). */
function checkBrackets(pc: ParagraphContext, s: string): void {
  const re =
    /〔([^〔〕]{0,40})〕|［([^［］]{0,40})］|\{([^{}]{0,40})\}|<([^<>]{0,40})>|＜([^＜＞]{0,40})＞|｛([^｛｝]{0,40})｝/g;
  const insideBookTitle = bookTitleScanner(s);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const content = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? "";
    if (/^\s*\d*\s*$/.test(content) && (m[0][0] === "〔" || m[0][0] === "［")) {
      if (content.trim() !== "") continue; // 〔2024〕, ［2023］: document numbers
    }
    let han = content.length === 0;
    for (let k = 0; k < content.length && !han; k++)
      han = isChineseContext(content.charCodeAt(k)) || content[k] === "…";
    if (!han) continue;
    if ((m[0][0] === "<" || m[0][0] === "＜") && insideBookTitle(m.index)) continue;
    report(pc, m.index, m[0].length);
  }
}

export const placeholder = paragraphRule(
  {
    id: "placeholder",
    category: "placeholder",
    severity: "error",
    sourceKind: "practice",
    source: {
      "zh-CN": "实务：报送前须填写全部数字和名称",
      "en-US": "Practice: every figure and name is filled before sending",
    },
    fixable: false,
    description: {
      "zh-CN":
        "未填写的占位符（X、XX、*、**、×、○○、□□、某某、〔…〕等）留在了报告中；代替名称的 AAA、BBB 为警告。",
      "en-US":
        "A placeholder (X, XX, *, **, ×, ○○, □□, 某某, 〔…〕 …) was left where a figure or a name belongs; AAA or BBB standing for a name is a warning.",
    },
  },
  (pc) => {
    const s = pc.text;
    const passes = passesNeeded(s);
    if (passes === 0) return;
    if (passes & LATIN_X) checkLatinX(pc, s);
    if (passes & STARS) checkStars(pc, s);
    if (passes & TIMES) checkTimes(pc, s);
    if (passes & SHAPES) checkShapes(pc, s);
    if (passes & MOUMOU) checkMoumou(pc, s);
    if (passes & BRACKETS) checkBrackets(pc, s);
    if (passes & LETTERS) checkLetters(pc, s);
  },
);
