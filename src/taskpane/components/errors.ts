/** Turn anything a host call can throw into one message in the user's language. */
import { HostError } from "../../host/host";
import { getLocale, type Locale } from "../../i18n";
import { commonText } from "../../i18n/messages/common";
import { paneText } from "../../i18n/messages/pane";

function reason(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** The requirement set named in an "unsupported" error's message (e.g. "WordApi 1.6"), if any. */
function requirementSet(message: string): string | null {
  const m = /(?:WordApi\s*)?(\d+\.\d+)/i.exec(message);
  return m ? m[1] : null;
}

export function describeError(error: unknown, locale: Locale = getLocale()): string {
  if (error instanceof HostError) {
    switch (error.code) {
      case "readOnly":
        return commonText("error.readOnly", undefined, locale);
      case "unsupported": {
        const set = requirementSet(error.message);
        return set
          ? commonText("error.unsupported", { set }, locale)
          : paneText("error.unsupportedGeneric", undefined, locale);
      }
      case "stale":
        return commonText("error.stale", undefined, locale);
      case "notFound":
        return paneText("error.notFound", undefined, locale);
      case "storageFull":
        return commonText("error.storageFull", undefined, locale);
      case "inTable":
        return commonText("error.inTable", undefined, locale);
      case "api":
        return commonText("error.api", { message: error.message }, locale);
      case "unknown":
        return commonText("error.unknown", { message: error.message }, locale);
      case "notAllowed":
        return commonText("error.notAllowed", undefined, locale);
      case "searchDialogOpen":
        return commonText("error.searchDialogOpen", undefined, locale);
      case "searchTooLong":
        return commonText("error.searchTooLong", undefined, locale);
      case "cursorOutside":
        return commonText("error.cursorOutside", undefined, locale);
      case "spanUnsafe":
        return commonText("error.spanUnsafe", undefined, locale);
    }
  }
  return commonText("error.unknown", { message: reason(error) }, locale);
}
