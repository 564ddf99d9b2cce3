/**
 * How the 检查 tab follows the document (used by useCheck and CheckTab): live mode on Word's paragraph
 * events, and — because those events may never come (onParagraphDeleted is unreliable above ~250 pages,
 * office-js #5400; a deletion under track changes fires no event, #3864) — a cheap fingerprint of the
 * texts, compared before click-to-locate and 修正 and on a modest timer while the tab shows.
 */
import * as React from "react";
import { fingerprintOf } from "../../core/fingerprint";
import type { DocModel } from "../../core/model";
import type { DocumentHost } from "../../host/host";

/** Debounce of live mode, in ms. */
export const LIVE_DEBOUNCE_MS = 600;

/** How often the tab compares the fingerprint while it shows, in ms (one read of the texts each). */
export const WATCH_MS = 10_000;

/** Whether the document still is `model`, by the host's fingerprint (one read); true without one. */
export async function documentUnchanged(host: DocumentHost, model: DocModel | null): Promise<boolean> {
  if (!model || !host.fingerprint) return true;
  return (await host.fingerprint()) === fingerprintOf(model);
}

/** Live mode: `recheck` after the paragraphs change, debounced (hosts with paragraph events). */
export function useLiveCheck(host: DocumentHost, on: boolean, recheck: () => void): void {
  const latest = React.useRef(recheck);
  latest.current = recheck;
  React.useEffect(() => {
    if (!on || !host.onParagraphsChanged) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = host.onParagraphsChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        latest.current();
      }, LIVE_DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [on, host]);
}

/**
 * Call `watch` every `every` ms while `active` and the pane is visible, never two at once; a slow read
 * (a long document on Mac, office-js #3982) spaces the next one out to 20 times its duration.
 */
export function useDocumentWatch(active: boolean, watch: () => Promise<void>, every = WATCH_MS): void {
  const latest = React.useRef(watch);
  latest.current = watch;
  React.useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const next = (delay: number) => {
      timer = setTimeout(() => void tick(), delay);
    };
    const tick = async () => {
      if (typeof document !== "undefined" && document.visibilityState === "hidden") return next(every);
      const start = Date.now();
      try {
        await latest.current();
      } catch {
        // The next tick tries again.
      } finally {
        if (!stopped) next(Math.max(every, 20 * (Date.now() - start)));
      }
    };
    next(every);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active, every]);
}
