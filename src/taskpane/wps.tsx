/**
 * Entry of the task pane inside WPS文字 (the WPS加载项 package, npm run build:wps): the same pane as in Word,
 * booted on the WPS host. unsupported.js runs first, as in Word, for engines too old for the pane.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { resolveLocale, setLocale } from "../i18n";
import { bootWps } from "../host/wps/boot";
import { Boot } from "./shell/Boot";

const root = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
if (!(window as { __lianzhengUnsupported?: boolean }).__lianzhengUnsupported) {
  setLocale(resolveLocale(navigator.language));
  createRoot(root).render(<Boot boot={bootWps} search={window.location.search} />);
}
