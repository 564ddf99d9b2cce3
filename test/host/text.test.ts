import * as iconv from "iconv-lite";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { decodeText, readTextFile, splitLines } from "../../src/formats/text";

const enc = new TextEncoder();
const texts = (bytes: Uint8Array) => readTextFile(bytes).paragraphs.map((p) => p.text);
const SAMPLE = "一、主要工作情况\n（一）强化组织领导。一是强化学习。\n𠀀字与“引号”";

describe("readTextFile", () => {
  it("reads UTF-8 without a BOM, one paragraph a line", () => {
    expect(texts(enc.encode(SAMPLE))).toEqual([
      "一、主要工作情况",
      "（一）强化组织领导。一是强化学习。",
      "𠀀字与“引号”",
    ]);
    expect(decodeText(enc.encode(SAMPLE)).encoding).toBe("utf-8");
  });

  it("drops a UTF-8 BOM and keeps the first paragraph's offsets clean", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode("市纪委：\n正文。")]);
    expect(texts(bytes)).toEqual(["市纪委：", "正文。"]);
    expect(texts(bytes)[0].charCodeAt(0)).toBe("市".charCodeAt(0));
  });

  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    const bytes = new Uint8Array(iconv.encode(SAMPLE.replace(/\n/g, "\r\n"), "gb18030"));
    expect(decodeText(bytes).encoding).toBe("gb18030");
    expect(texts(bytes)).toEqual(["一、主要工作情况", "（一）强化组织领导。一是强化学习。", "𠀀字与“引号”"]);
  });

  it("reads GBK-only text (what Windows Notepad saved as ANSI)", () => {
    const bytes = new Uint8Array(iconv.encode("二、存在的问题\r\n", "gbk"));
    expect(texts(bytes)).toEqual(["二、存在的问题"]);
  });

  it("reads UTF-16 with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode("甲\n乙", "utf-16le")]);
    expect(texts(le)).toEqual(["甲", "乙"]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode("甲\n乙", "utf-16be")]);
    expect(texts(be)).toEqual(["甲", "乙"]);
  });

  it("splits on CRLF, LF and CR, keeps empty lines, drops only the one empty string after a final break", () => {
    expect(texts(enc.encode("a\r\nb\rc\n\nd\n"))).toEqual(["a", "b", "c", "", "d"]);
    expect(texts(enc.encode("a\n\n"))).toEqual(["a", ""]);
    expect(texts(enc.encode("a"))).toEqual(["a"]);
    expect(texts(enc.encode("\n"))).toEqual([""]);
    expect(texts(new Uint8Array())).toEqual([]);
  });

  it("keeps trailing spaces (offsets refer to the untrimmed text)", () => {
    expect(texts(enc.encode("市纪委： \n\u3000\u3000正文。 "))).toEqual(["市纪委： ", "\u3000\u3000正文。 "]);
  });

  it("gives paragraph index = line number - 1 on every seed", () => {
    const dir = join(__dirname, "../../../shared/seeds");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const raw = readFileSync(join(dir, f));
      const lines = raw.toString("utf8").split("\n");
      const model = readTextFile(new Uint8Array(raw));
      expect(model.paragraphs.length).toBe(raw[raw.length - 1] === 0x0a ? lines.length - 1 : lines.length);
      model.paragraphs.forEach((p, i) => expect(p.text).toBe(lines[i]));
    }
  });

  it("splitLines is the same split for strings", () => {
    expect(splitLines("x\r\ny")).toEqual(["x", "y"]);
    expect(splitLines("")).toEqual([]);
  });
});
