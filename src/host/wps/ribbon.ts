/**
 * The WPS加载项's main page (index.html): the callbacks ribbon.xml names (OnAddinLoad, OnAction, GetImage).
 * Every button opens the one task pane on its tab, like the Word manifest's ShowTaskpane actions.
 *
 * Task pane placement: WPS 12.1.0.26895 and later may draw a new task pane over the ribbon. No note from
 * Kingsoft was found; the pane is created once and reused (PluginStorage keeps its id), restricted from the
 * top and bottom edges (DockPositionRestrict = msoCTPDockPositionRestrictNoVertical, in the wps-jsapi typings
 * of the task pane and documented for Office's MsoCTPDockPositionRestrict), docked to the right explicitly
 * before it is shown, and given a width; a second click only navigates and shows it. See README (WPS).
 */

/** Ribbon button id → the pane's query (the same tabs and action as the Word manifest's buttons). */
export const RIBBON_BUTTONS = [
  { id: "lzTemplates", query: "tab=templates", image: "assets/btn-templates-32.png" },
  { id: "lzPhrases", query: "tab=phrases", image: "assets/btn-phrases-32.png" },
  { id: "lzCheck", query: "tab=check", image: "assets/btn-check-32.png" },
  { id: "lzLayout", query: "tab=layout", image: "assets/btn-layout-32.png" },
  { id: "lzCheckSave", query: "tab=check&action=checkAndSave", image: "assets/btn-checksave-32.png" },
] as const;

/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;
/** msoCTPDockPositionRestrictNoVertical: the pane cannot be docked to the top or the bottom. */
const RESTRICT_NO_VERTICAL = 3;
const PANE_KEY = "lianzheng_taskpane_id";
const PANE_WIDTH = 360;

interface TaskPane {
  ID: number;
  Visible: boolean;
  DockPosition: number;
  /** Not on every WPS build's task pane object: set only where it exists. */
  DockPositionRestrict?: number;
  Width: number;
  Navigate(url: string): void;
}

export interface RibbonApp {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane | null;
  PluginStorage: {
    getItem(key: string): unknown;
    setItem(key: string, value: string | number | boolean): void;
  };
  ribbonUI?: unknown;
}

/** The pane page next to this page (file:// when deployed offline, http(s):// when published). */
export function paneUrl(base: string, query: string): string {
  const dir = base.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  return `${dir}taskpane.html?${query}`;
}

/** Open (or re-show) the pane on the tab of a ribbon button; returns the pane's URL. */
export function openPane(app: RibbonApp, base: string, buttonId: string): string | null {
  const button = RIBBON_BUTTONS.find((b) => b.id === buttonId);
  if (!button) return null;
  const url = paneUrl(base, button.query);
  const id = Number(app.PluginStorage.getItem(PANE_KEY));
  let pane = Number.isFinite(id) && id > 0 ? app.GetTaskPane(id) : null;
  if (pane) {
    pane.Navigate(url);
  } else {
    pane = app.CreateTaskPane(url, "廉政报告助手");
    app.PluginStorage.setItem(PANE_KEY, pane.ID);
  }
  // Keep it off the top edge, dock it, then show it: a pane made visible before it is docked is what
  // covers the ribbon.
  if ("DockPositionRestrict" in pane) {
    try {
      pane.DockPositionRestrict = RESTRICT_NO_VERTICAL;
    } catch {
      // A build that rejects the restriction still gets the explicit right dock below.
    }
  }
  pane.DockPosition = DOCK_RIGHT;
  pane.Width = PANE_WIDTH;
  pane.Visible = true;
  return url;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: { Id: string }): void;
  GetImage(control: { Id: string }): string;
}

export function ribbonCallbacks(app: () => RibbonApp, base: () => string): RibbonCallbacks {
  return {
    OnAddinLoad(ribbonUI) {
      const a = app();
      if (typeof a.ribbonUI !== "object") a.ribbonUI = ribbonUI;
      return true;
    },
    OnAction(control) {
      openPane(app(), base(), control.Id);
    },
    GetImage(control) {
      return RIBBON_BUTTONS.find((b) => b.id === control.Id)?.image ?? "assets/icon-32.png";
    },
  };
}

/** Install the callbacks on window (the entry of the main page calls this). */
export function installRibbon(): void {
  const g = globalThis as unknown as Record<string, unknown> & { Application?: RibbonApp };
  Object.assign(
    g,
    ribbonCallbacks(
      () => g.Application as RibbonApp,
      () => String((g.location as Location | undefined)?.href ?? ""),
    ),
  );
}
