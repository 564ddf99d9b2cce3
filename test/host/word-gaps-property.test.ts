/**
 * Property test over generated documents as Word on Mac and on the web returns them (issue 11): commented
 * paragraphs whose text holds U+0005 (office-js #2258), text deleted under track changes inside
 * paragraph text on the web (#1267). Whatever the edits, the model is the writer's text, and a batch of
 * fixes either changes exactly the writer's text it reports (the comments' and deletions' text stays) or
 * is refused whole with nothing written.
 */
import { FakeDocument, installFakeOffice, type FakePlatform, type Span } from "./fake-word";
import { WordHost } from "../../src/host/word";
import { HostError } from "../../src/host/host";
import { mapStorage } from "../../src/host/word-storage";
import { applyEditsToModel, type ReplaceEdit } from "../../src/core/edits";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["加强", "监督", "落实", "责任", "全面", "从严", "治党", "，", "。", "2025年", "谈话", "党组"];

/** A document with comments (Mac) or tracked deletions (web) at random places; the writer's texts. */
function generate(seed: number, platform: FakePlatform) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const n = 2 + Math.floor(r() * 5);
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    let text = "";
    while (text.length < 10 + r() * 30) text += pick(WORDS);
    texts.push(text);
  }
  const doc = new FakeDocument(texts);
  doc.platform = platform;
  const marked: Span[] = [];
  texts.forEach((text, p) => {
    let from = 0;
    while (from < text.length - 4 && r() < 0.6) {
      const offset = from + Math.floor(r() * Math.min(8, text.length - from - 3));
      const length = 1 + Math.floor(r() * 3);
      if (platform === "Mac") {
        const start = doc.starts()[p] + offset;
        marked.push(
          doc.keepOutside(doc.addComment({ start, end: start + length }, "请核实。", "审核人").span),
        );
      } else {
        marked.push(doc.addInline("trackedChange", p, offset, length, "Deleted").span!);
      }
      from = offset + length + 1;
    }
  });
  return { doc, marked, r, pick };
}

describe.each(["Mac", "OfficeOnline"] as const)("Word on %s", (platform) => {
  test.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    "document %i: fixes change exactly their spans of the writer's text, or nothing",
    async (seed) => {
      const { doc, marked, r, pick } = generate(seed, platform);
      const installed = installFakeOffice(doc);
      uninstall = installed.uninstall;
      const host = new WordHost({ userStorage: mapStorage() });
      const model = await host.readModel();
      // The model is the writer's text: no U+0005, no deleted text.
      for (const p of model.paragraphs) expect(p.text).not.toContain("\u0005");
      const deleted = platform === "OfficeOnline" ? marked.map((s) => doc.textOf(s)) : [];
      const edits: ReplaceEdit[] = [];
      model.paragraphs.forEach(({ text }, paragraph) => {
        if (r() < 0.4 || text.length < 3) return;
        const offset = Math.floor(r() * (text.length - 2));
        const length = 1 + Math.floor(r() * Math.min(3, text.length - offset - 1));
        edits.push({
          kind: "replace",
          paragraph,
          offset,
          length,
          expected: text,
          text: pick(["严", "责任", ""]),
        });
      });
      const before = doc.texts();
      const markedText = marked.map((s) => doc.textOf(s));
      let refused = false;
      try {
        const result = await host.applyEdits(edits);
        expect(result.stale).toEqual([]);
      } catch (e) {
        expect(e).toBeInstanceOf(HostError);
        expect((e as HostError).code).toBe("spanUnsafe");
        refused = true;
      }
      if (refused) {
        expect(doc.texts()).toEqual(before);
      } else {
        const after = await host.readModel();
        const expected = applyEditsToModel(model, edits).model;
        expect(after.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs.map((p) => p.text));
      }
      // The comments' anchors and the deleted text are what they were.
      expect(marked.map((s) => doc.textOf(s))).toEqual(markedText);
      if (platform === "OfficeOnline") expect(markedText).toEqual(deleted);
    },
  );
});
