/**
 * Start-up in Word: wait for Office, check the host and WordApi 1.3, read the display language and theme.
 * The task pane (src/taskpane/index.tsx) calls bootOffice() and renders the App with the host, or a message
 * for `problem`.
 */
import { resolveLocale, type Locale } from "../i18n";
import type { DocumentHost } from "./host";
import { WordHost } from "./word";

export interface BootResult {
  host: DocumentHost | null;
  locale: Locale;
  theme: "light" | "dark";
  problem: null | "notWord" | "requirementSet";
}

/** Dark when the Office theme's body background is dark (relative luminance below one half). */
export function themeFromBackground(color: string | undefined | null): "light" | "dark" {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return "light";
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

export async function bootOffice(): Promise<BootResult> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { host: null, locale: resolveLocale(browserLanguage()), theme: "light", problem: "notWord" };
  }
  const info = await Office.onReady();
  const context = Office.context as Office.Context | undefined;
  const locale = resolveLocale(context?.displayLanguage ?? browserLanguage());
  let theme: "light" | "dark" = "light";
  try {
    theme = themeFromBackground(context?.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme is not available on every platform (it throws on some); light is the default.
  }
  if (info.host !== Office.HostType.Word) return { host: null, locale, theme, problem: "notWord" };
  if (!context?.requirements?.isSetSupported("WordApi", "1.3")) {
    return { host: null, locale, theme, problem: "requirementSet" };
  }
  return { host: new WordHost(), locale, theme, problem: null };
}
