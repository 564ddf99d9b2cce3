/**
 * Start-up inside WPS文字: the pane page runs in WPS's built-in Chromium, where window.Application is the WPS
 * object model (there is no Office.js). Returns the same BootResult as bootOffice, so the pane's Boot shell
 * renders the App with a WpsHost, or its "not in a word processor" message.
 */
import { resolveLocale } from "../../i18n";
import type { BootResult } from "../word-boot";
import type { WpsApplicationApi } from "./api";
import { WpsHost } from "./host";

/** window.Application when the page runs inside WPS文字 (a document window, not 表格/演示). */
export function wpsApplication(): WpsApplicationApi | null {
  const app = (globalThis as { Application?: unknown }).Application as
    (WpsApplicationApi & { ActiveDocument?: unknown }) | undefined;
  if (!app || typeof app !== "object" || !("ActiveDocument" in app) || !("Selection" in app)) return null;
  return app;
}

export async function bootWps(): Promise<BootResult> {
  const locale = resolveLocale(typeof navigator === "undefined" ? undefined : navigator.language);
  const app = wpsApplication();
  if (!app) return { host: null, locale, theme: "light", problem: "notWord" };
  return { host: new WpsHost(app), locale, theme: "light", problem: null };
}
