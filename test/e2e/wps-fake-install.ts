/**
 * Browser entry of the fake WPS (test/host/fake-wps.ts) for the WPS e2e: run as an init script before the
 * pane's bundle loads, it makes window.Application the fake WPS文字 object model over a document given by
 * window.__lianzhengFakeWpsInit (set by the same init script, see wps-helpers.ts), so the pane built by
 * `npm run build:wps` boots on its WPS host in chromium. The tests read the document back through
 * window.Application; window.__lianzhengFakeWps (the fake document) is there for debugging only.
 *
 * Test code only: bundled by wps-helpers.ts (with @swc/core) into test-results/, never committed.
 */
import { FakeWpsDocument, type FakeWpsParagraphInput } from "../host/fake-wps";

export interface FakeWpsInit {
  paragraphs: (string | FakeWpsParagraphInput)[];
  /** false: a WPS build without content controls (fields are marked by their 【…】 text). */
  contentControls?: boolean;
  /** Where the caret is: a paragraph index and an offset in it. */
  caret?: { paragraph: number; offset: number };
}

const w = window as unknown as {
  __lianzhengFakeWpsInit?: FakeWpsInit;
  __lianzhengFakeWps?: FakeWpsDocument;
  Application?: unknown;
};

// Only in the top-level page (an init script runs in every frame).
if (window.top === window && w.__lianzhengFakeWpsInit) {
  const init = w.__lianzhengFakeWpsInit;
  const doc = new FakeWpsDocument(init.paragraphs);
  if (init.contentControls === false) doc.contentControls = false;
  if (init.caret) doc.setSelection(init.caret.paragraph, init.caret.offset);
  w.__lianzhengFakeWps = doc;
  Object.defineProperty(window, "Application", { value: doc.application(), configurable: true });
}
