/** Reading and restoring the fonts 排版 changes in WPS (part of the WPS host's layout). */
import { VBA_TRUE, WD_UNDEFINED, type WpsFontApi } from "./api";
import type { FontSnap } from "./layout-store";

/** The font of a range as it is; a mixed value ("" or 9999999) is left out (it is then not restored). */
export function fontSnap(font: WpsFontApi): FontSnap {
  const snap: FontSnap = {};
  const fe = font.NameFarEast;
  if (typeof fe === "string" && fe !== "") snap.fe = fe;
  const as = font.NameAscii;
  if (typeof as === "string" && as !== "") snap.as = as;
  const sz = font.Size;
  if (typeof sz === "number" && sz > 0 && sz < WD_UNDEFINED) snap.sz = sz;
  const b = font.Bold as unknown;
  if (b === true || b === VBA_TRUE) snap.b = true;
  else if (b === false || b === 0) snap.b = false;
  return snap;
}

export function restoreFont(font: WpsFontApi, snap: FontSnap): void {
  if (snap.fe !== undefined) font.NameFarEast = snap.fe;
  if (snap.as !== undefined) font.NameAscii = snap.as;
  if (snap.sz !== undefined) font.Size = snap.sz;
  if (snap.b !== undefined) font.Bold = snap.b ? VBA_TRUE : 0;
}
