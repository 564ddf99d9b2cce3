/**
 * The user's own phrases, favourites and recently used, kept in the host's per-user settings
 * (Word: the add-in's localStorage via the Word adapter; the preview: window.localStorage). Every
 * change is written first and only then shown, so a full store (HostError "storageFull") loses
 * nothing that was there and the pane says why the change was not kept.
 *
 * Pinyin for a user's snippet is computed when it is saved, by loading the pinyin dictionary with a
 * dynamic import (a separate chunk): the pane does not carry the dictionary at start-up.
 */
import type { KeyValueStore } from "../../host/host";
import type { SnippetTokens } from "../../core/search-index";
import { snippetSchema, type Snippet, type SnippetPack } from "../../genre/snippet-schema";

export const OWN_KEY = "phrases.own";
export const FAVOURITES_KEY = "phrases.favourites";
export const RECENT_KEY = "phrases.recent";
const MAX_RECENT = 20;

/** A user's snippet with the pinyin tokens computed when it was saved. */
export interface OwnRecord {
  snippet: Snippet;
  tokens?: SnippetTokens;
}

export interface UserPhrases {
  own: OwnRecord[];
  favourites: string[];
  recent: string[];
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function tokensOk(v: unknown): v is SnippetTokens {
  if (!v || typeof v !== "object") return false;
  const t = v as SnippetTokens;
  return (
    Array.isArray(t.title) &&
    t.title.every((x) => typeof x === "string") &&
    Array.isArray(t.tags) &&
    t.tags.every((a) => Array.isArray(a) && a.every((x) => typeof x === "string"))
  );
}

/** Read what is stored; entries that do not validate are left out (and left in the store untouched). */
export function loadUserPhrases(store: KeyValueStore): UserPhrases {
  const raw = store.get<unknown>(OWN_KEY);
  const own: OwnRecord[] = [];
  if (Array.isArray(raw)) {
    for (const r of raw) {
      const parsed = snippetSchema.safeParse((r as { snippet?: unknown })?.snippet);
      if (!parsed.success) continue;
      const tokens = (r as { tokens?: unknown }).tokens;
      own.push({ snippet: parsed.data, ...(tokensOk(tokens) ? { tokens } : {}) });
    }
  }
  return {
    own,
    favourites: stringList(store.get(FAVOURITES_KEY)),
    recent: stringList(store.get(RECENT_KEY)).slice(0, MAX_RECENT),
  };
}

/** Pinyin tokens of a snippet, loading the dictionary on first use (dynamic import). */
async function computeTokens(snippet: Pick<Snippet, "title" | "tags">): Promise<SnippetTokens> {
  const { snippetTokens } = await import(/* webpackChunkName: "pinyin" */ "../../core/pinyin-dict");
  return snippetTokens(snippet);
}

/** A fresh id for a user's snippet. */
export function newOwnId(now: number = Date.now(), random: () => number = Math.random): string {
  return `own-${now.toString(36)}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0")}`;
}

/** A title from a text: its first clause, at most 16 characters. */
export function titleFromText(text: string): string {
  const first = text.trim().split(/[。；！？\n，,]/)[0] ?? "";
  const chars = [...first.trim()];
  return chars.length <= 16 ? chars.join("") : `${chars.slice(0, 15).join("")}…`;
}

async function saveOwn(store: KeyValueStore, own: readonly OwnRecord[]): Promise<void> {
  await store.set(OWN_KEY, own);
}

/** Add or replace (by id) one snippet of the user's, with its tokens. Returns the new list once stored. */
export async function upsertOwn(
  store: KeyValueStore,
  own: readonly OwnRecord[],
  snippet: Snippet,
): Promise<OwnRecord[]> {
  const valid = snippetSchema.parse(snippet);
  const tokens = await computeTokens(valid);
  const record: OwnRecord = { snippet: valid, tokens };
  const i = own.findIndex((r) => r.snippet.id === valid.id);
  const next = i >= 0 ? own.map((r, k) => (k === i ? record : r)) : [...own, record];
  await saveOwn(store, next);
  return next;
}

export async function deleteOwn(
  store: KeyValueStore,
  own: readonly OwnRecord[],
  id: string,
): Promise<OwnRecord[]> {
  const next = own.filter((r) => r.snippet.id !== id);
  await saveOwn(store, next);
  return next;
}

export async function toggleFavourite(
  store: KeyValueStore,
  favourites: readonly string[],
  id: string,
): Promise<string[]> {
  const next = favourites.includes(id) ? favourites.filter((x) => x !== id) : [...favourites, id];
  await store.set(FAVOURITES_KEY, next);
  return next;
}

export async function pushRecent(
  store: KeyValueStore,
  recent: readonly string[],
  id: string,
): Promise<string[]> {
  const next = [id, ...recent.filter((x) => x !== id)].slice(0, MAX_RECENT);
  await store.set(RECENT_KEY, next);
  return next;
}

/** The ids of a pack that already exist (the user's own, or the shipped library's). */
export function duplicateIds(pack: SnippetPack, existing: ReadonlySet<string>): string[] {
  return pack.snippets.filter((s) => existing.has(s.id)).map((s) => s.id);
}

/**
 * Import a validated pack into the user's snippets in ONE store write (atomic): `replace` overwrites
 * snippets with the same id, `skip` keeps the existing ones. Returns the new list and the count taken.
 */
export async function importPack(
  store: KeyValueStore,
  own: readonly OwnRecord[],
  pack: SnippetPack,
  existing: ReadonlySet<string>,
  duplicates: "replace" | "skip",
): Promise<{ own: OwnRecord[]; imported: number; skipped: number }> {
  const taken = pack.snippets.filter((s) => duplicates === "replace" || !existing.has(s.id));
  const records: OwnRecord[] = [];
  for (const s of taken) records.push({ snippet: s, tokens: await computeTokens(s) });
  const byId = new Map(own.map((r) => [r.snippet.id, r] as const));
  for (const r of records) byId.set(r.snippet.id, r);
  const next = [...byId.values()];
  await saveOwn(store, next);
  return { own: next, imported: records.length, skipped: pack.snippets.length - records.length };
}
