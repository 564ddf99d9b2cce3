/**
 * What this Word can set for 一键排版 (part of the Word adapter). Apart from word-layout.ts and its
 * parts, which load only when 排版 or 撤销排版 runs: the adapter reports its capabilities at start.
 */
import type { LayoutCapabilities } from "./host";

/** What this Word can set, from the requirement sets and the platform (no round trip). */
export function detectLayoutCapabilities(): LayoutCapabilities {
  const req = Office.context.requirements;
  const desktop = req.isSetSupported("WordApiDesktop", "1.3");
  const api15 = req.isSetSupported("WordApi", "1.5");
  // diagnostics is undefined in some older hosts.
  const platform = String(
    (Office.context.diagnostics as Office.ContextInformation | undefined)?.platform ?? "",
  );
  return {
    pageSetup: desktop,
    pageNumbers: api15 && platform !== "OfficeOnline",
    separateFonts: desktop,
    exactLineSpacing: api15,
  };
}
