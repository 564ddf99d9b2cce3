/**
 * The i18n layer: every user-facing string goes through here. zh-CN is the first language, en-US
 * the second. Each feature keeps its strings in its own bundle (src/i18n/messages/*.ts) made with
 * `defineMessages`, so features do not edit one shared file. Pure TypeScript: usable from core, CLI
 * and the task pane.
 */
export type Locale = "zh-CN" | "en-US";
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

let current: Locale = "zh-CN";

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
}

/** Map any language tag (Office display language, navigator.language, LANG) to a supported locale. */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) return "zh-CN";
  const t = tag.replace("_", "-").toLowerCase();
  if (t.startsWith("en")) return "en-US";
  return "zh-CN";
}

export type Params = Record<string, string | number>;

/**
 * Templates split at their {name} slots (literal, name, literal, …, literal), made once each: a
 * check formats a message for every finding, thousands in a long report.
 */
const splitTemplates = new Map<string, string[]>();
const MAX_SPLIT_TEMPLATES = 4096;

/** Replace {name} with params.name (a {name} without a param stays as it is). */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size < MAX_SPLIT_TEMPLATES) splitTemplates.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

export type Bundle<K extends string> = Record<Locale, Record<K, string>>;

export interface Translator<K extends string> {
  (key: K, params?: Params, locale?: Locale): string;
  readonly bundle: Bundle<K>;
}

/**
 * Define a bundle; the en-US table must have the same keys as zh-CN (the type enforces it, and
 * test/unit/i18n.test.ts checks every registered bundle at run time).
 */
export function defineMessages<K extends string>(bundle: Bundle<K>): Translator<K> {
  const t = ((key: K, params?: Params, locale?: Locale) =>
    interpolate(bundle[locale ?? current][key] ?? bundle["zh-CN"][key] ?? key, params)) as Translator<K>;
  Object.defineProperty(t, "bundle", { value: bundle });
  registry.push(bundle as Bundle<string>);
  return t;
}

/** Every bundle defined so far (for the completeness test). */
export const registry: Bundle<string>[] = [];

/** A text in both languages (rule descriptions, data entries). */
export type LocalizedText = Record<Locale, string>;

export function pick(text: LocalizedText, locale: Locale = current): string {
  return text[locale] ?? text["zh-CN"];
}
