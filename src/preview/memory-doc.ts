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
      paragraphs: change.kind === "selection" ? snapshot.paragraphs : host.getModel().paragraphs,
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
