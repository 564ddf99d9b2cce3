/**
 * The kinds a check knows: the built-in profiles (src/genre/kinds) plus those an organisation's pack adds.
 * Compiles each profile's patterns once; detection (detect.ts) and the rules read kinds only through this.
 */
import { KINDS } from "../genre/kinds/builtin";
import type { KindProfile } from "../genre/kinds/schema";
import type { KindId } from "../terms";
import type { YearData } from "./year-data";

export interface CompiledKind {
  profile: KindProfile;
  cues: RegExp[];
  /** Heading and closing patterns by part id. */
  headings: Map<string, RegExp>;
  closing: Map<string, RegExp>;
  content: { id: string; cue: RegExp }[];
}

export interface KindRegistry {
  /** Every kind, in the order detection tries them (an organisation's first, then the built-in ones). */
  readonly kinds: readonly KindProfile[];
  byId(id: KindId | null | undefined): KindProfile | null;
  compiled(id: KindId): CompiledKind | null;
  /** The first kind one of whose cues occurs in `text`. */
  match(text: string): KindProfile | null;
  /** The kind taken when a document has an addressee and no cue (null when no kind says so). */
  impliedByAddressee(): KindProfile | null;
  /**
   * The year-aware data of the same organisation's pack (its dated references and year rows), which the
   * check uses with these kinds; absent: the shipped data.
   */
  readonly yearData?: YearData;
}

function compile(profile: KindProfile): CompiledKind {
  const headings = new Map<string, RegExp>();
  const closing = new Map<string, RegExp>();
  for (const part of profile.parts) {
    if (part.headings) headings.set(part.id, new RegExp(part.headings, "u"));
    if (part.closing) closing.set(part.id, new RegExp(part.closing, "u"));
  }
  return {
    profile,
    cues: profile.cues.map((c) => new RegExp(c, "u")),
    headings,
    closing,
    content: profile.content.map((c) => ({ id: c.id, cue: new RegExp(c.cue, "u") })),
  };
}

/**
 * A registry of the built-in kinds and `extra` ones (validated profiles, e.g. from an organisation's pack).
 * An extra kind with a built-in kind's id replaces it; extra kinds are tried first.
 */
export function kindRegistry(extra: readonly KindProfile[] = [], yearData?: YearData): KindRegistry {
  const extraIds = new Set(extra.map((k) => k.id));
  const kinds = [...extra, ...KINDS.filter((k) => !extraIds.has(k.id))];
  const compiled = new Map<string, CompiledKind>(kinds.map((k) => [k.id, compile(k)]));
  const ordered = kinds.map((k) => compiled.get(k.id)!);
  return {
    kinds,
    byId: (id) => (id ? (compiled.get(id)?.profile ?? null) : null),
    compiled: (id) => compiled.get(id) ?? null,
    match(text) {
      for (const c of ordered) if (c.cues.some((re) => re.test(text))) return c.profile;
      return null;
    },
    impliedByAddressee: () => kinds.find((k) => k.impliedByAddressee) ?? null,
    ...(yearData ? { yearData } : {}),
  };
}

/** The built-in kinds alone (made once). */
export const BUILTIN_KIND_REGISTRY: KindRegistry = kindRegistry();
