/**
 * Property test over generated documents holding objects (content controls, pictures, fields): no
 * operation of the add-in changes anything outside the spans it reports — replacements change only their
 * spans, 排版 changes no text, and the objects and the controls' text stay.
 */
import { FakeDocument, installFakeOffice, type FakeParagraphInput } from "./fake-word";
import { WordHost } from "../../src/host/word";
import { mapStorage } from "../../src/host/word-storage";
import { applyEditsToModel, type ReplaceEdit } from "../../src/core/edits";
import { layoutPlan } from "../../src/core/layout-plan";
import { buildOutline } from "../../src/core/outline";

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

const WORDS = ["加强", "监督", "落实", "责任", "全面", "从严", "治党", "，", "。", "2025年", "X", "党组"];

function generate(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const n = 3 + Math.floor(r() * 6);
  const paragraphs: FakeParagraphInput[] = [];
  for (let i = 0; i < n; i++) {
    let text = i === 0 ? "一、主要工作" : "";
    while (text.length < 8 + r() * 30) text += pick(WORDS);
    const objects = r() < 0.3 ? [{ kind: pick(["picture", "field", "footnote", "comment"] as const) }] : [];
    paragraphs.push({ text, objects });
  }
  const doc = new FakeDocument(paragraphs);
  // A content control over the first 4 characters of one paragraph.
  const withCc = 1 + Math.floor(r() * (n - 1));
  const start = doc.starts()[withCc];
  const cc = doc.addContentControl({ start, end: start + 4 });
  const ccText = doc.ccText(cc);
  // Replacement edits: one per paragraph at most, never over the control.
  const edits: ReplaceEdit[] = [];
  doc.texts().forEach((text, paragraph) => {
    if (r() < 0.5) return;
    const from = paragraph === withCc ? 4 : 0;
    if (text.length - from < 2) return;
    const offset = from + Math.floor(r() * (text.length - from - 1));
    const length = 1 + Math.floor(r() * Math.min(4, text.length - offset - 1));
    edits.push({
      kind: "replace",
      paragraph,
      offset,
      length,
      expected: text,
      text: pick(["严", "责任", ""]),
    });
  });
  return { doc, cc, ccText, edits };
}

test.each(Array.from({ length: 40 }, (_, i) => i + 1))(
  "document %i: replacements change only their spans; objects and controls stay",
  async (seed) => {
    const { doc, cc, ccText, edits } = generate(seed);
    const installed = installFakeOffice(doc);
    uninstall = installed.uninstall;
    const host = new WordHost({ userStorage: mapStorage() });
    const before = doc.texts();
    const objects = doc.paragraphs.map((p) => JSON.stringify(p.objects ?? []));
    const result = await host.applyEdits(edits);
    expect(result.stale).toEqual([]);
    const expected = applyEditsToModel({ paragraphs: before.map((text) => ({ text })) }, edits).model;
    expect(doc.texts()).toEqual(expected.paragraphs.map((p) => p.text));
    expect(doc.ccText(cc)).toBe(ccText);
    expect(doc.paragraphs.map((p) => JSON.stringify(p.objects ?? []))).toEqual(objects);

    // 排版 changes formats only: the same texts, the same objects, the control's text.
    const model = await host.readModel();
    await host.applyLayout(layoutPlan(model, buildOutline(model)));
    expect(doc.texts()).toEqual(expected.paragraphs.map((p) => p.text));
    expect(doc.ccText(cc)).toBe(ccText);
    expect(doc.paragraphs.map((p) => JSON.stringify(p.objects ?? []))).toEqual(objects);
  },
);
