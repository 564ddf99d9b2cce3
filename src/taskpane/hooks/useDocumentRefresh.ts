/**
 * Views that follow the document: call `refresh` (one read) when the tab is shown, when the pane gets the
 * focus back or becomes visible again (the writer worked in the document, or opened another one), and —
 * on hosts with paragraph change events (WordApi 1.6) — shortly after the paragraphs change. Events that
 * arrive while the tab is hidden are not lost: showing the tab refreshes it.
 */
import * as React from "react";
import type { DocumentHost } from "../../host/host";

/** Wait after the last paragraph change before reading (the writer is typing). */
export const REFRESH_DEBOUNCE_MS = 500;

export function useDocumentRefresh(
  host: DocumentHost,
  active: boolean,
  refresh: () => void | Promise<void>,
  options: { onParagraphsChanged?: boolean } = {},
): void {
  const latest = React.useRef(refresh);
  latest.current = refresh;
  const shown = React.useRef(active);
  shown.current = active;
  const followParagraphs = options.onParagraphsChanged !== false;

  React.useEffect(() => {
    if (active) void latest.current();
  }, [active]);

  React.useEffect(() => {
    if (typeof window === "undefined") return;
    const onFocus = (): void => {
      if (shown.current) void latest.current();
    };
    const onVisible = (): void => {
      if (document.visibilityState === "visible" && shown.current) void latest.current();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  React.useEffect(() => {
    if (!followParagraphs || !host.capabilities.liveChanges || !host.onParagraphsChanged) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = host.onParagraphsChanged(() => {
      if (!shown.current) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (shown.current) void latest.current();
      }, REFRESH_DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [host, followParagraphs]);
}
