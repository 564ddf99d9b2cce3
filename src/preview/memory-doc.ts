/** The preview's document on top of the in-memory host (host/memory.ts). */
import type { DocModel, Location, Paragraph, ParagraphFacts } from "../core/model";
import type { MemoryHost } from "../host/memory";
import type { DocSnapshot, PreviewDoc } from "./doc";

/** A paragraph split with Enter keeps its format, except a heading's or title's (Word's "next style" is body). */
function factsForNext(p: Paragraph | undefined): ParagraphFacts {
  if (!p) return {};
  const { text: _text, ...facts } = p;
  if (facts.styleBuiltIn && facts.styleBuiltIn !== "Normal" && facts.styleBuiltIn !== "Other") return {};
  if (facts.outlineLevel !== undefined && facts.outlineLevel < 10) return {};
  return facts;
}

function sameParagraph(a: Paragraph, b: Paragraph): boolean {
  const ka = Object.keys(a) as (keyof Paragraph)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/**
 * The new paragraph list, reusing the previous objects of the paragraphs that did not change (by
 * position, or shifted by an insertion or a removal), so the rows that did not change are not drawn again.
 */
export function reuseParagraphs(
  prev: readonly Paragraph[],
  next: readonly Paragraph[],
): readonly Paragraph[] {
  const shift = next.length - prev.length;
  let reused = 0;
  const out = next.map((p, i) => {
    const same = prev[i];
    if (same && sameParagraph(same, p)) {
      reused++;
      return same;
    }
    const shifted = prev[i - shift];
    if (shift !== 0 && shifted && sameParagraph(shifted, p)) {
      reused++;
      return shifted;
    }
    return p;
  });
  return reused === next.length && next.length === prev.length ? prev : out;
}

export function memoryDoc(host: MemoryHost): PreviewDoc {
  let snapshot: DocSnapshot = {
    paragraphs: host.getModel().paragraphs,
    selection: host.getSelection(),
    change: "init",
  };
  const listeners = new Set<() => void>();
  host.subscribe((change) => {
    // The cursor does not change what is drawn; everything else does.
    if (change.kind === "cursor" || change.kind === "save") return;
    snapshot = {
      // A new selection keeps the same paragraphs (rows that did not change are not drawn again).
      paragraphs:
        change.kind === "selection"
          ? snapshot.paragraphs
          : reuseParagraphs(snapshot.paragraphs, host.getModel().paragraphs),
      selection: host.getSelection(),
      change: change.kind,
    };
    for (const l of [...listeners]) l();
  });
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setText: (paragraph, text) => host.setParagraphText(paragraph, text),
    insertAfter: (paragraph, text) => {
      host.insertParagraph(paragraph + 1, text, factsForNext(snapshot.paragraphs[paragraph]));
    },
    remove: (paragraph) => host.removeParagraph(paragraph),
    setCursor: (location: Location) => host.setCursor(location.paragraph, location.offset, location.length),
    load: (model: DocModel) => host.load(model),
  };
}
