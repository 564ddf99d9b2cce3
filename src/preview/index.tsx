/**
 * Entry of the browser preview (preview.html): the real task pane beside an in-memory document, for
 * people and tests without Word. ?tab=outline opens a tab; ?lang=en-US picks the language; ?theme=dark
 * shows the pane in Office's dark theme; ?pane=320x500 sizes the pane as a narrow, short Word task pane;
 * ?live=0 leaves out WordApi 1.6's paragraph change events, as in Word 2016-2021.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { MemoryHost } from "../host/memory";
import type { StorageLike } from "../host/word-storage";
import { resolveLocale, setLocale } from "../i18n";
import { tabFromSearch } from "../taskpane/shell/tabs";
import { memoryDoc } from "./memory-doc";
import { PreviewApp, paneSizeFromSearch } from "./PreviewApp";

function localStorageOrNull(): StorageLike | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    // Storage may be disabled (privacy settings): settings then live only as long as the page.
    return undefined;
  }
}

const params = new URLSearchParams(window.location.search);
const locale = resolveLocale(params.get("lang") ?? navigator.language);
setLocale(locale);

// Document settings (ignored findings, kind/year) also live in localStorage, so that they survive a
// reload as they survive closing and reopening a document in Word.
// The preview stands for current Word (WordApi 1.6: paragraph change events, so the pane's views follow the
// document as it is typed or replaced); ?live=0 shows the pane as an older Word without them.
const host = new MemoryHost({
  userStorage: localStorageOrNull(),
  documentStorage: localStorageOrNull(),
  liveChanges: params.get("live") !== "0",
});
const doc = memoryDoc(host);
// For tests and the curious: the preview's host from the developer tools.
(window as unknown as { __lianzhengPreview?: { host: MemoryHost } }).__lianzhengPreview = { host };

const root = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(root).render(
  <PreviewApp
    host={host}
    doc={doc}
    initialLocale={locale}
    initialTab={tabFromSearch(window.location.search) ?? undefined}
    theme={params.get("theme") === "dark" ? "dark" : "light"}
    paneSize={paneSizeFromSearch(window.location.search)}
  />,
);
