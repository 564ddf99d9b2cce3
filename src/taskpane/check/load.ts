/**
 * What the 检查 tab loads besides the document: the ignored findings kept in the document's settings
 * (damaged entries dropped with a warning), settings read without throwing, and whether a newly read
 * document is still the one the findings were computed from.
 */
import { IGNORES_SETTING_KEY, parseIgnores, type IgnoreEntry } from "../../core/ignores";
import type { DocModel } from "../../core/model";
import type { DocumentHost } from "../../host/host";
import { checkText } from "../../i18n/messages/check";
import type { StatusMessage } from "./view";

/** Same paragraphs, same text and format facts: the findings computed from `a` hold for `b`. */
export function sameDocument(a: DocModel, b: DocModel): boolean {
  if (a.paragraphs.length !== b.paragraphs.length) return false;
  return a.paragraphs.every((p, i) => JSON.stringify(p) === JSON.stringify(b.paragraphs[i]));
}

export function loadIgnores(host: DocumentHost): { entries: IgnoreEntry[]; warning: StatusMessage | null } {
  let raw: unknown;
  try {
    raw = host.documentSettings.get(IGNORES_SETTING_KEY);
  } catch {
    raw = "unreadable";
  }
  const parsed = parseIgnores(raw);
  if (parsed.invalid)
    return { entries: [], warning: { intent: "warning", text: () => checkText("status.ignoresInvalid") } };
  if (parsed.dropped > 0)
    return {
      entries: parsed.entries,
      warning: {
        intent: "warning",
        text: () => checkText("status.ignoresDamaged", { count: parsed.dropped }),
      },
    };
  return { entries: parsed.entries, warning: null };
}

export function safeGet(store: DocumentHost["userSettings"], key: string): unknown {
  try {
    return store.get(key);
  } catch {
    return undefined;
  }
}
