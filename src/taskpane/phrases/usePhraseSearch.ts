/**
 * The search of the 短语 tab: the query and filters (category, "section at cursor"), the results over
 * the shipped library and the user's own phrases, the active option, and the keyboard of the search
 * box (a combobox over a listbox): ↑↓ and Ctrl+Home/End move, Enter inserts the active phrase (a
 * term: the term itself), Shift+Enter its explanation, Esc clears. Ctrl+Shift+F anywhere in the pane,
 * or / when not typing, focuses the box.
 *
 * The shipped library is searched with its build-time pinyin index (no pinyin dictionary at start-up).
 */
import * as React from "react";
import { search, type SearchResult } from "../../core/search";
import { buildIndex, type SnippetTokens } from "../../core/search-index";
import { sectionAtParagraph } from "../../core/enumerator";
import { buildOutline } from "../../core/outline";
import { detect } from "../../core/detect";
import type { ReportSection, Snippet, SnippetCategory } from "../../genre/snippet-schema";
import type { KindId } from "../../terms";
import { loadPaneKinds, paneKinds } from "../kinds";
import type { YearData } from "../../core/year-data";
import { librarySnippets } from "../../genre/snippets";
import { shippedTokens } from "../../core/shipped-snippets";
import type { DocumentHost } from "../../host/host";
import type { HostCall } from "../hooks/useHostCall";
import type { InsertPart } from "./insert";
import type { UserPhrases } from "./store";

/** Results shown at most. */
const SHOWN = 50;

function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  const tag = el.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
}

export interface PhraseSearchOptions {
  host: DocumentHost;
  active: boolean;
  call: HostCall;
  user: UserPhrases;
  /** Insert a part of a phrase (Enter: "main", Shift+Enter: "explanation"). */
  onInsert(s: Snippet, part: InsertPart): void;
}

export interface PhraseSearch {
  query: string;
  setQuery(q: string): void;
  category: SnippetCategory | "";
  setCategory(c: SnippetCategory | ""): void;
  sectionFilter: boolean;
  setSectionFilter(on: boolean): void;
  /** The section and kind of report at the cursor (read when the section filter is on). */
  section: ReportSection | null;
  kind: KindId | null;
  /** The report's year (read when the tab is shown): phrases show their year tokens resolved for it. */
  year: number | null;
  /** The year rows known (an organisation's pack may add some). */
  yearData: YearData | undefined;
  results: SearchResult[];
  activeIndex: number;
  setActiveIndex(i: number): void;
  /** The active result, if any. */
  current: SearchResult | undefined;
  /** Ids of the user's own phrases. */
  ownIds: ReadonlySet<string>;
  inputRef: React.RefObject<HTMLInputElement | null>;
  listRef: React.RefObject<HTMLDivElement | null>;
  listboxId: string;
  optionId(i: number): string;
  onKeyDown(e: React.KeyboardEvent<HTMLInputElement>): void;
  /** Read the section and kind at the cursor again (when the box gets focus with the filter on). */
  refreshSection(): Promise<void>;
}

export function usePhraseSearch(o: PhraseSearchOptions): PhraseSearch {
  const { host, active, call, user, onInsert } = o;
  const [query, setQuery] = React.useState("");
  const [category, setCategory] = React.useState<SnippetCategory | "">("");
  const [sectionFilter, setSectionFilter] = React.useState(false);
  const [section, setSection] = React.useState<ReportSection | null>(null);
  const [kind, setKind] = React.useState<KindId | null>(null);
  const [year, setYear] = React.useState<number | null>(null);
  const [activeIndex, setActiveIndex] = React.useState(0);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const listRef = React.useRef<HTMLDivElement>(null);
  const ids = React.useId();
  const listboxId = `${ids}-listbox`;
  const optionId = React.useCallback((i: number) => `${ids}-option-${i}`, [ids]);

  const ownIds = React.useMemo(() => new Set(user.own.map((r) => r.snippet.id)), [user.own]);
  const index = React.useMemo(() => {
    const ownTokens = new Map<string, SnippetTokens | undefined>(
      user.own.map((r) => [r.snippet.id, r.tokens]),
    );
    return buildIndex([...librarySnippets, ...user.own.map((r) => r.snippet)], (s) =>
      ownTokens.has(s.id) ? ownTokens.get(s.id) : shippedTokens(s),
    );
  }, [user.own]);

  const results: SearchResult[] = React.useMemo(
    () =>
      search(index, query, {
        category: category || undefined,
        section: sectionFilter && section ? section : undefined,
        kind: sectionFilter && kind ? kind : undefined,
        year,
        favourites: user.favourites,
        recent: user.recent,
        limit: SHOWN,
        browse: Boolean(category || sectionFilter),
      }),
    [index, query, category, sectionFilter, section, kind, year, user.favourites, user.recent],
  );
  // When the list changes, keep the same phrase active if it is still there (e.g. after 收藏), else the first.
  const activeId = React.useRef<string | null>(null);
  React.useEffect(() => {
    const keep = activeId.current ? results.findIndex((r) => r.snippet.id === activeId.current) : -1;
    setActiveIndex(keep >= 0 ? keep : 0);
  }, [results]);
  React.useEffect(() => {
    activeId.current = results[activeIndex]?.snippet.id ?? null;
  }, [results, activeIndex]);
  const current = results[Math.min(activeIndex, results.length - 1)] as SearchResult | undefined;

  // Keep the active option in view.
  React.useEffect(() => {
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    el?.scrollIntoView?.({ block: "nearest" });
  }, [activeIndex]);

  // The shortcut that focuses search: Ctrl+Shift+F anywhere in the pane, "/" when not typing.
  React.useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const ctrlShiftF = (e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === "f";
      const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target);
      if (ctrlShiftF || slash) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active]);

  const refreshSection = React.useCallback(async () => {
    const r = await call.run(async () => {
      const { model, cursor } = await host.readContext();
      const found = detect(model, buildOutline(model), await loadPaneKinds(host.userSettings));
      return { section: sectionAtParagraph(model, cursor.paragraph), kind: found.kind, year: found.year };
    });
    if (r.ok) {
      setSection(r.value.section);
      setKind(r.value.kind);
      setYear(r.value.year);
    }
  }, [call, host]);

  React.useEffect(() => {
    // read when the tab is shown (the year) and when the section filter is switched on
    if (active) void refreshSection();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, sectionFilter]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActiveIndex((i) => Math.min(i + 1, Math.max(results.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActiveIndex((i) => Math.max(i - 1, 0));
    } else if (e.key === "Home" && e.ctrlKey) {
      e.preventDefault();
      setActiveIndex(0);
    } else if (e.key === "End" && e.ctrlKey) {
      e.preventDefault();
      setActiveIndex(Math.max(results.length - 1, 0));
    } else if (e.key === "Enter") {
      // An IME that is composing uses Enter to commit its text: not an insert.
      if (e.nativeEvent.isComposing) return;
      e.preventDefault();
      if (current) onInsert(current.snippet, e.shiftKey ? "explanation" : "main");
    } else if (e.key === "Escape") {
      if (query) {
        e.preventDefault();
        e.stopPropagation();
        setQuery("");
      }
    }
  };

  return {
    query,
    setQuery,
    category,
    setCategory,
    sectionFilter,
    setSectionFilter,
    section,
    kind,
    year,
    yearData: paneKinds(host.userSettings).yearData,
    results,
    activeIndex,
    setActiveIndex,
    current,
    ownIds,
    inputRef,
    listRef,
    listboxId,
    optionId,
    onKeyDown,
    refreshSection,
  };
}
