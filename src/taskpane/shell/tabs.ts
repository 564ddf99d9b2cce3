/** The pane's tabs and the ?tab= parameter. */
import type { TabId } from "../types";

/** The feature tabs (TabId) plus the outline view. */
export type PaneTabId = TabId | "outline";

export const PANE_TABS: readonly PaneTabId[] = ["templates", "phrases", "check", "layout", "outline"];

export const DEFAULT_TAB: PaneTabId = "templates";

function isPaneTab(value: unknown): value is PaneTabId {
  return typeof value === "string" && (PANE_TABS as readonly string[]).includes(value);
}

/** The tab named by ?tab= in a query string, or null when absent or unknown. */
export function tabFromSearch(search: string): PaneTabId | null {
  const value = new URLSearchParams(search).get("tab");
  return isPaneTab(value) ? value : null;
}

/** ?action=checkAndSave (the ribbon's 检查并保存 button). */
export function actionFromSearch(search: string): "checkAndSave" | null {
  return new URLSearchParams(search).get("action") === "checkAndSave" ? "checkAndSave" : null;
}

/**
 * The URL without ?action=…: once the pane took the ribbon's 检查并保存, its address goes back to the plain
 * check tab, so that pressing the button again is a new navigation (Office does nothing when the pane
 * already shows the button's SourceLocation).
 */
export function withoutAction(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has("action")) return null;
  url.searchParams.delete("action");
  if (!url.searchParams.has("tab")) url.searchParams.set("tab", "check");
  return url.toString();
}
