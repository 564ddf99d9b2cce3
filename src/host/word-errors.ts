/** Office.js errors as HostErrors (the pane shows them in the user's language). Part of the Word adapter. */
import { HostError } from "./host";

const READ_ONLY_MESSAGE = /read[- ]?only|只读|protected|受保护/i;

/** Turn anything Office.js throws into a HostError (the pane shows it in the user's language). */
export function mapOfficeError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const { code, message } = (typeof e === "object" && e !== null ? e : {}) as {
    code?: unknown;
    message?: unknown;
  };
  const text = typeof message === "string" ? message : String(e);
  switch (code) {
    case "AccessDenied":
      return new HostError("readOnly", text, e);
    case "ApiNotFound":
    case "NotImplemented":
    case "NotSupported":
    case "UnsupportedFeature":
      return new HostError("unsupported", text, e);
    case "ItemNotFound":
      return new HostError("notFound", text, e);
    case "NotAllowed":
      return new HostError("notAllowed", text, e);
    case "SearchDialogIsOpen":
      return new HostError("searchDialogOpen", text, e);
    case "SearchStringInvalidOrTooLong":
      return new HostError("searchTooLong", text, e);
    case "GeneralException":
      // Read-only and protected views raise GeneralException while document.mode says readWrite
      // (office-js #5484); a GeneralException on a change is most often that.
      return new HostError(READ_ONLY_MESSAGE.test(text) ? "readOnly" : "api", text, e);
    case undefined:
      return new HostError("unknown", text, e);
    default:
      if (READ_ONLY_MESSAGE.test(text)) return new HostError("readOnly", text, e);
      return new HostError("api", text, e);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading
