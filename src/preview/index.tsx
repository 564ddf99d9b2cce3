/**
 * Entry of the browser preview (preview.html): the real task pane beside an in-memory document, for
 * people and tests without Word. ?tab=outline opens a tab; ?lang=en-US picks the language; ?theme=dark
 * shows the pane in Office's dark theme; ?pane=320x500 sizes the pane as a narrow, short Word task pane.
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
const host = new MemoryHost({ userStorage: localStorageOrNull(), documentStorage: localStorageOrNull() });
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
