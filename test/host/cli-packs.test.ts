/**
 * `--pack` of `lianzheng new` and `lianzheng check`: an organisation's template pack adds a report kind
 * (profile + template) that `new --list` offers, `new` writes, and `check` detects and checks; an invalid
 * pack is refused whole, naming the entry and field.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/index";
import { memoryIo } from "../../src/cli/io";
import { setLocale } from "../../src/i18n";

jest.setTimeout(60000);

let dir: string;
beforeAll(() => {
  setLocale("zh-CN");
  dir = mkdtempSync(join(tmpdir(), "lianzheng-packs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const KIND = {
  id: "org-special-rectification",
  name: { "zh-CN": "专项整治工作情况报告", "en-US": "Report on a special rectification campaign" },
  shortName: { "zh-CN": "专项整治情况报告", "en-US": "special rectification report" },
  cues: ["专项整治(?:工作)?情况"],
  template: "org-special-rectification",
  addressee: "expected",
  parts: [
    { id: "done", name: { "zh-CN": "整治工作开展情况", "en-US": "what was done" } },
    {
      id: "results",
      name: { "zh-CN": "整治成效", "en-US": "results" },
      headings: "成效|成果",
    },
    {
      id: "next",
      name: { "zh-CN": "下一步工作打算", "en-US": "next steps" },
      headings: "下一步|今后",
    },
  ],
};

const TEMPLATE = {
  id: "org-special-rectification",
  kind: "org-special-rectification",
  name: { "zh-CN": "专项整治工作情况报告", "en-US": "Special rectification report" },
  description: { "zh-CN": "单位专项整治的情况报告", "en-US": "A unit's report on a rectification campaign" },
  fields: ["year", "unit", "to", "date"],
  title: "{unit}关于{year}年度专项整治工作情况的报告",
  addressee: "{to}：",
  opening: ["按照上级部署，我单位开展了专项整治工作，现将有关情况报告如下。"],
  sections: [
    { heading: "整治工作开展情况", body: ["{?写明整治的范围、方式和主要做法}。"] },
    { heading: "整治成效", body: ["{?写明查改的问题和建立的制度}。"] },
    { heading: "下一步工作打算", body: ["{?写明巩固成果的措施}。"] },
  ],
  closing: "特此报告。",
  signature: ["{unit}"],
  date: true,
};

function writePack(name: string, pack: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(pack));
  return name;
}

const pack = () =>
  writePack("pack.json", { format: "lianzheng-pack", version: 1, templates: [TEMPLATE], kinds: [KIND] });

describe("an organisation's kind through --pack", () => {
  test("new --list offers the pack's template first, then the built-in ones", async () => {
    const r = await run(["new", "--list", "--format", "json", "--pack", pack()]);
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.out).kinds.map((k: { id: string }) => k.id);
    expect(ids[0]).toBe("org-special-rectification");
    expect(ids).toContain("unit-annual");
  });

  test("new writes it, and check detects the kind and checks its parts", async () => {
    const w = await run([
      "new",
      "--kind",
      "org-special-rectification",
      "--year",
      "2025",
      "--unit",
      "某某局",
      "--to",
      "某某市纪委监委",
      "-o",
      "special.docx",
      "--pack",
      pack(),
    ]);
    expect(w.err).toBe("");
    expect(w.code ?? 0).toBe(0);
    const c = await run(["check", "--format", "json", "--pack", "pack.json", "special.docx"]);
    const file = JSON.parse(c.out).files[0];
    expect(file.kind).toBe("org-special-rectification");
    expect(file.year).toBe(2025);
    // Its own parts are all there: no "missing 存在的问题" for a kind that has none.
    expect(file.findings.filter((f: { rule: string }) => f.rule === "required-sections")).toEqual([]);
    // Without the pack the same file is not that kind.
    const plain = JSON.parse((await run(["check", "--format", "json", "special.docx"])).out).files[0];
    expect(plain.kind).not.toBe("org-special-rectification");
  });

  test("a missing part of the pack's kind is found and named", async () => {
    writeFileSync(
      join(dir, "missing.txt"),
      [
        "某某局关于2025年度专项整治工作情况的报告",
        "某某市纪委监委：",
        "现将我局专项整治工作情况报告如下。",
        "一、整治工作开展情况",
        "我局对照问题清单逐项整改。",
        "二、整治成效",
        "共查改问题十二个。",
        "特此报告。",
        "某某局",
        "2025年12月20日",
      ].join("\n"),
    );
    const c = await run(["check", "--format", "json", "--pack", pack(), "missing.txt"]);
    const f = JSON.parse(c.out).files[0];
    expect(f.kind).toBe("org-special-rectification");
    const rs = f.findings.filter((x: { rule: string }) => x.rule === "required-sections");
    expect(rs.map((x: { message: string; severity: string }) => [x.severity, x.message])).toEqual([
      ["error", "缺少“下一步工作打算”部分（专项整治情况报告通常包含此部分）。"],
    ]);
  });

  test("--kind accepts the pack's kind only with the pack", async () => {
    const without = await run(["check", "--kind", "org-special-rectification", "missing.txt"]);
    expect(without.code).toBe(2);
    expect(without.err).toContain("未知的报告类型“org-special-rectification”");
    const withPack = await run([
      "check",
      "--format",
      "json",
      "--kind",
      "org-special-rectification",
      "--pack",
      pack(),
      "missing.txt",
    ]);
    expect(JSON.parse(withPack.out).files[0].kind).toBe("org-special-rectification");
  });

  test("an invalid pack is refused whole, naming the entry and field (exit 2, nothing checked)", async () => {
    const bad = writePack("bad.json", {
      format: "lianzheng-pack",
      version: 1,
      templates: [TEMPLATE],
      kinds: [{ ...KIND, cues: ["("] }],
    });
    const c = await run(["check", "--pack", bad, "missing.txt"]);
    expect(c.code).toBe(2);
    expect(c.out).toBe("");
    expect(c.err).toContain("模板包“bad.json”有误，未使用");
    expect(c.err).toContain("第 1 个报告类型（org-special-rectification）");
    expect(c.err).toContain("cues.0");
    const n = await run(["new", "--list", "--pack", bad]);
    expect(n.code).toBe(2);
  });
});
