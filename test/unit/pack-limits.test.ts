/** Issue 9, case 8: template, kind and snippet packs have size and depth limits, named by entry and field. */
import { TEMPLATES } from "../../src/genre/templates";
import { PACK_LIMITS, findLimitIssue } from "../../src/genre/schema-parts";
import { makePack, validatePack } from "../../src/genre/template-schema";
import { parsePack } from "../../src/genre/snippet-schema";
import { describePackIssues } from "../../src/genre/snippets/pack-issues";
import { describePackIssue } from "../../src/genre/template-pack-issues";
import { setLocale } from "../../src/i18n";

beforeEach(() => setLocale("zh-CN"));

/** JSON text of a section nested `depth` deep (JSON.stringify itself would overflow the stack). */
function deepSectionJson(depth: number): string {
  return `${'{"heading":"层","children":['.repeat(depth)}{"heading":"最里层"}${"]}".repeat(depth)}`;
}

describe("template and kind packs", () => {
  it("3,000-deep children give a field message, not a RangeError", () => {
    const t = { ...TEMPLATES[0], sections: [{ heading: "SECTIONS" }] };
    const text = JSON.stringify(makePack([t], [])).replace('{"heading":"SECTIONS"}', deepSectionJson(3000));
    const r = validatePack(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ list: "templates", index: 0, id: TEMPLATES[0].id, code: "too_deep" });
    expect(r.issues[0].field).toMatch(/^sections\.0\.children\.0\.children\.0\./);
    expect(describePackIssue(r.issues[0])).toContain("嵌套层级太深");
  });

  it("a 20 MB title is refused: by the text's size, or by the field when the pack is already parsed", () => {
    const t = { ...TEMPLATES[0], title: "关".repeat(20 * 1024 * 1024) };
    const asText = validatePack(JSON.stringify(makePack([t], [])));
    expect(asText.ok).toBe(false);
    if (!asText.ok) expect(asText.issues[0]).toMatchObject({ field: "(pack)", code: "too_big" });
    const parsed = validatePack(makePack([t], []));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]).toMatchObject({
        list: "templates",
        index: 0,
        field: "title",
        code: "too_big",
      });
      expect(describePackIssue(parsed.issues[0])).toContain("title");
    }
  });

  it("a kind with a 30,000-character cue is named by entry and field", () => {
    const kind = { id: "x-kind", cues: ["述".repeat(30_000)] };
    const r = validatePack({ format: "lianzheng-pack", version: 1, kinds: [kind] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        list: "kinds",
        index: 0,
        id: "x-kind",
        field: "cues.0",
        code: "too_big",
      });
  });

  it("the shipped templates stay far inside the limits", () => {
    expect(findLimitIssue(makePack(TEMPLATES, []))).toBeNull();
  });
});

describe("snippet packs", () => {
  const entry = { id: "a-1", title: "标题", text: "正文", category: "opening" };

  it("deep nesting and long strings are refused with the entry and field named", () => {
    const deep = `${"[".repeat(3000)}"x"${"]".repeat(3000)}`;
    const text = JSON.stringify({
      format: "lianzheng-snippets",
      version: 1,
      snippets: [{ ...entry, tags: "DEEP" }],
    });
    const r = parsePack(text.replace('"DEEP"', deep));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ entry: 1, id: "a-1", code: "too_deep" });
      expect(describePackIssues(r.issues)).toContain("嵌套层级太深");
    }
    const long = parsePack(
      JSON.stringify({
        format: "lianzheng-snippets",
        version: 1,
        snippets: [{ ...entry, text: "廉".repeat(PACK_LIMITS.maxString + 1) }],
      }),
    );
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.issues[0]).toMatchObject({ entry: 1, field: "text", code: "too_big" });
  });

  it("a pack text beyond the size limit is refused before parsing", () => {
    const r = parsePack(" ".repeat(PACK_LIMITS.maxChars + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ entry: null, field: "(pack)", code: "too_big" });
  });
});
