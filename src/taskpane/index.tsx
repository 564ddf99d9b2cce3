/**
 * Entry of the task pane in Word. When the webview is too old for React 19 / Fluent UI v9 (Office
 * 2016/2019 on Internet Explorer or EdgeHTML), unsupported.js has already shown its message and set
 * window.__lianzhengUnsupported: then nothing is rendered here.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { resolveLocale, setLocale } from "../i18n";
import { bootOffice } from "../host/word-boot";
import { Boot } from "./shell/Boot";

declare global {
  interface Window {
    __lianzhengUnsupported?: boolean;
  }
}

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const div = document.createElement("div");
  div.id = "root";
  document.body.appendChild(div);
  return div;
}

if (!window.__lianzhengUnsupported) {
  // Until Office tells us its display language, follow the browser's.
  setLocale(resolveLocale(navigator.language));
  createRoot(container()).render(<Boot boot={bootOffice} search={window.location.search} />);
}
