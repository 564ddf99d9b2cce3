/**
 * The 短语 tab: find standard phrasing by characters, full pinyin, initials or a mix, and insert it
 * at the cursor (inline, replacing a selection, or as a new paragraph after it). Keyboard first: a
 * shortcut (Ctrl+Shift+F, or / when not typing) focuses search, ↑↓ move, Enter inserts, Esc clears;
 * the search box is a combobox over a listbox (aria-activedescendant). Category filter and "section at
 * cursor" filter; favourites and recently used first; the user's own phrases (save the selection,
 * edit, delete, categorise) and import/export of packs.
 *
 * The shipped library is searched with its build-time pinyin index (no pinyin dictionary at start-up);
 * the dictionary is loaded lazily only when the user saves or imports phrases of their own.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  AddRegular,
  ArrowDownloadRegular,
  ArrowUploadRegular,
  DeleteRegular,
  EditRegular,
  SearchRegular,
  StarFilled,
  StarRegular,
  TextAddRegular,
} from "@fluentui/react-icons";
import { HostError } from "../../host/host";
import type { InsertAtCursorEdit } from "../../core/edits";
import { buildIndex, search, type SearchResult, type SnippetTokens } from "../../core/search";
import { leadingEnumeration, planSnippetInsert, sectionAtParagraph } from "../../core/enumerator";
import { hasYearTokens } from "../../core/year-items";
import { findFields } from "../../core/fields";
import { buildOutline } from "../../core/outline";
import { detect } from "../../core/detect";
import {
  makePack,
  parsePack,
  SNIPPET_CATEGORIES,
  type ReportKind,
  type ReportSection,
  type Snippet,
  type SnippetCategory,
  type SnippetPack,
} from "../../genre/snippet-schema";
import { librarySnippets } from "../../genre/snippets";
import { shippedTokens } from "../../genre/snippets/shipped";
import { describePackIssue } from "../../genre/snippets/pack-issues";
import { phrasesText as t } from "../../i18n/messages/phrases";
import { ErrorBar } from "../components/ErrorBar";
import { downloadText } from "../components/files";
import { ImportFileButton } from "../components/ImportFileButton";
import { useHostCall } from "../hooks/useHostCall";
import type { TabProps } from "../types";
import { categoryLabel, sectionLabel } from "./labels";
import { OwnEditor, type Draft } from "./OwnEditor";
import {
  deleteOwn,
  duplicateIds,
  importPack,
  loadUserPhrases,
  newOwnId,
  pushRecent,
  titleFromText,
  toggleFavourite,
  upsertOwn,
  type UserPhrases,
} from "./store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "120px" },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    maxHeight: "300px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    outline: "none",
  },
  option: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  optionActive: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  optionTitle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  optionText: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  detailText: { whiteSpace: "pre-wrap", lineHeight: tokens.lineHeightBase300 },
});

const SHOWN = 50;

function isStorageFull(e: unknown): boolean {
  return e instanceof HostError && e.code === "storageFull";
}

function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  const tag = el.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
}

export function PhrasesTab(props: TabProps): React.JSX.Element {
  const { host, active } = props;
  const styles = useStyles();
  const call = useHostCall();
  const [user, setUser] = React.useState<UserPhrases>(() => loadUserPhrases(host.userSettings));
  const [query, setQuery] = React.useState("");
  const [category, setCategory] = React.useState<SnippetCategory | "">("");
  const [sectionFilter, setSectionFilter] = React.useState(false);
  const [section, setSection] = React.useState<ReportSection | null>(null);
  const [kind, setKind] = React.useState<ReportKind | null>(null);
  const [mode, setMode] = React.useState<InsertAtCursorEdit["mode"]>("inline");
  const [activeIndex, setActiveIndex] = React.useState(0);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [storageFull, setStorageFull] = React.useState(false);
  const [packErrors, setPackErrors] = React.useState<string[] | null>(null);
  const [pendingImport, setPendingImport] = React.useState<{
    pack: SnippetPack;
    duplicates: string[];
  } | null>(null);
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const [confirmDelete, setConfirmDelete] = React.useState<Snippet | null>(null);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const listRef = React.useRef<HTMLDivElement>(null);
  const ids = React.useId();
  const listboxId = `${ids}-listbox`;
  const optionId = (i: number) => `${ids}-option-${i}`;

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
        favourites: user.favourites,
        recent: user.recent,
        limit: SHOWN,
        browse: Boolean(category || sectionFilter),
      }),
    [index, query, category, sectionFilter, section, kind, user.favourites, user.recent],
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
      return {
        section: sectionAtParagraph(model, cursor.paragraph),
        kind: detect(model, buildOutline(model)).kind,
      };
    });
    if (r.ok) {
      setSection(r.value.section);
      setKind(r.value.kind);
    }
  }, [call, host]);

  React.useEffect(() => {
    if (active && sectionFilter) void refreshSection();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, sectionFilter]);

  /** Write a change first, then show it; a full store is said and loses nothing. */
  const store = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setStorageFull(false);
    const r = await call.run(fn);
    if (r.ok) return r.value;
    if (isStorageFull(r.error)) {
      setStorageFull(true);
      call.clearError();
    }
    return undefined;
  };

  const insert = async (s: Snippet) => {
    setNotice(null);
    const r = await call.run(async () => {
      let edit: InsertAtCursorEdit;
      if (leadingEnumeration(s.text) || hasYearTokens(s.text)) {
        // Only an enumerator (to continue 一是/二是) or a year token ({{plenum}}: the report's year) needs the
        // document; others go in one batch.
        const { model, cursor } = await host.readContext();
        edit = planSnippetInsert(model, cursor, s, mode);
      } else {
        const fields = findFields(s.text);
        edit = { kind: "insertAtCursor", mode, text: s.text, ...(fields.length ? { fields } : {}) };
      }
      await host.applyEdits([edit]);
      return edit;
    });
    if (!r.ok) return;
    const count = r.value.fields?.length ?? 0;
    setNotice(count ? t("inserted.fields", { title: s.title, count }) : t("inserted", { title: s.title }));
    const recent = await store(() => pushRecent(host.userSettings, user.recent, s.id));
    if (recent) setUser((u) => ({ ...u, recent }));
  };

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
      e.preventDefault();
      if (current) void insert(current.snippet);
    } else if (e.key === "Escape") {
      if (query) {
        e.preventDefault();
        e.stopPropagation();
        setQuery("");
      }
    }
  };

  const onFavourite = async (s: Snippet) => {
    const favourites = await store(() => toggleFavourite(host.userSettings, user.favourites, s.id));
    if (favourites) setUser((u) => ({ ...u, favourites }));
  };

  const startSaveSelection = async () => {
    setNotice(null);
    const r = await call.run(() => host.getCursor());
    if (!r.ok) return;
    const text = r.value.selectedText.trim();
    if (!text) {
      setNotice(t("editor.noSelection"));
      return;
    }
    setDraft({ id: null, title: titleFromText(text), text, category: "own", tags: "" });
  };

  const saveDraft = async () => {
    if (!draft) return;
    const snippet: Snippet = {
      id: draft.id ?? newOwnId(),
      title: draft.title.trim(),
      text: draft.text.trim(),
      category: draft.category,
      tags: draft.tags.split(/\s+/).filter(Boolean).slice(0, 20),
      kinds: [],
      sections: [],
    };
    const own = await store(() => upsertOwn(host.userSettings, user.own, snippet));
    if (!own) return;
    setUser((u) => ({ ...u, own }));
    setDraft(null);
    setNotice(t("editor.saved", { title: snippet.title }));
  };

  const doDelete = async (s: Snippet) => {
    const own = await store(() => deleteOwn(host.userSettings, user.own, s.id));
    setConfirmDelete(null);
    if (!own) return;
    setUser((u) => ({ ...u, own }));
    setNotice(t("delete.done", { title: s.title }));
  };

  const existingIds = React.useMemo(
    () => new Set([...librarySnippets.map((s) => s.id), ...ownIds]),
    [ownIds],
  );

  const runImport = async (pack: SnippetPack, duplicates: "replace" | "skip") => {
    setPendingImport(null);
    const r = await store(() => importPack(host.userSettings, user.own, pack, existingIds, duplicates));
    if (!r) return;
    setUser((u) => ({ ...u, own: r.own }));
    setNotice(
      t("import.done", {
        imported: r.imported,
        skipped: r.skipped ? t("import.skippedPart", { count: r.skipped }) : "",
      }),
    );
  };

  const onPackText = async (text: string) => {
    const parsed = parsePack(text);
    if (!parsed.ok) {
      setPackErrors(parsed.issues.slice(0, 20).map(describePackIssue));
      return;
    }
    const duplicates = duplicateIds(parsed.pack, existingIds);
    if (duplicates.length) setPendingImport({ pack: parsed.pack, duplicates });
    else await runImport(parsed.pack, "skip");
  };

  const exportOwn = () => {
    if (user.own.length === 0) {
      setNotice(t("export.none"));
      return;
    }
    downloadText(
      "lianzheng-phrases.json",
      `${JSON.stringify(makePack(user.own.map((r) => r.snippet)), null, 2)}\n`,
    );
  };

  const isOwn = current ? ownIds.has(current.snippet.id) : false;
  const isFav = current ? user.favourites.includes(current.snippet.id) : false;

  return (
    <div className={styles.root} data-testid="phrases-tab">
      <Field label={t("search.label")} hint={t("search.hint")}>
        <Input
          ref={inputRef}
          value={query}
          placeholder={t("search.placeholder")}
          contentBefore={<SearchRegular />}
          onChange={(_, d) => setQuery(d.value)}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (sectionFilter) void refreshSection();
          }}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={current ? optionId(Math.min(activeIndex, results.length - 1)) : undefined}
          data-testid="phrase-search"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t("filter.category")} className={styles.grow} orientation="horizontal">
          <Select
            value={category}
            onChange={(_, d) => setCategory(d.value as SnippetCategory | "")}
            data-testid="phrase-category"
          >
            <option value="">{t("filter.allCategories")}</option>
            {SNIPPET_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox
        checked={sectionFilter}
        onChange={(_, d) => setSectionFilter(Boolean(d.checked))}
        label={t("filter.section")}
        data-testid="phrase-section-filter"
      />
      {sectionFilter && section ? (
        <Text size={200} className={styles.hint} data-testid="phrase-section">
          {kind
            ? t("filter.sectionAndKind", { section: sectionLabel(section), kind: t(`kind.${kind}`) })
            : t("filter.sectionIs", { section: sectionLabel(section) })}
        </Text>
      ) : null}
      <RadioGroup
        layout="horizontal"
        value={mode}
        onChange={(_, d) => setMode(d.value as InsertAtCursorEdit["mode"])}
        aria-label={t("mode.label")}
        data-testid="phrase-mode"
      >
        <Radio value="inline" label={t("mode.inline")} />
        <Radio value="paragraphAfter" label={t("mode.paragraphAfter")} />
      </RadioGroup>

      <Text size={200} className={styles.hint} aria-live="polite" data-testid="phrase-count">
        {query.trim() && results.length === 0
          ? t("results.none")
          : !query.trim() && results.length === 0
            ? t("results.emptyHint")
            : t("results.count", { count: results.length })}
      </Text>
      <div
        ref={listRef}
        id={listboxId}
        role="listbox"
        aria-label={t("results.label")}
        className={styles.list}
        hidden={results.length === 0}
        data-testid="phrase-list"
      >
        {results.map((r, i) => {
          const own = ownIds.has(r.snippet.id);
          return (
            <div
              key={r.snippet.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              data-index={i}
              data-testid="phrase-option"
              className={mergeClasses(styles.option, i === activeIndex && styles.optionActive)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setActiveIndex(i);
                inputRef.current?.focus();
              }}
              onDoubleClick={() => void insert(r.snippet)}
            >
              <div className={styles.optionTitle}>
                {r.favourite ? <StarFilled aria-label={t("results.favourite")} /> : null}
                <span>{r.snippet.title}</span>
                {own ? (
                  <Badge size="small" appearance="tint" color="success">
                    {t("results.own")}
                  </Badge>
                ) : null}
                {r.recent && !r.favourite ? (
                  <Badge size="small" appearance="outline" color="informative">
                    {t("results.recent")}
                  </Badge>
                ) : null}
              </div>
              <div className={styles.optionText}>
                {categoryLabel(r.snippet.category)} · {r.snippet.text}
              </div>
            </div>
          );
        })}
      </div>

      {current ? (
        <section className={styles.detail} aria-label={t("detail.label")} data-testid="phrase-detail">
          <Text weight="semibold">{current.snippet.title}</Text>
          <Text className={styles.detailText} data-testid="phrase-detail-text">
            {current.snippet.text}
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              icon={<TextAddRegular />}
              disabled={call.busy}
              onClick={() => void insert(current.snippet)}
              data-testid="phrase-insert"
            >
              {t("action.insert")}
            </Button>
            <ToggleButton
              checked={isFav}
              icon={isFav ? <StarFilled /> : <StarRegular />}
              onClick={() => void onFavourite(current.snippet)}
              data-testid="phrase-favourite"
            >
              {isFav ? t("action.unfavourite") : t("action.favourite")}
            </ToggleButton>
            {isOwn ? (
              <>
                <Button
                  icon={<EditRegular />}
                  onClick={() =>
                    setDraft({
                      id: current.snippet.id,
                      title: current.snippet.title,
                      text: current.snippet.text,
                      category: current.snippet.category,
                      tags: current.snippet.tags.join(" "),
                    })
                  }
                  data-testid="phrase-edit"
                >
                  {t("action.edit")}
                </Button>
                <Button
                  icon={<DeleteRegular />}
                  onClick={() => setConfirmDelete(current.snippet)}
                  data-testid="phrase-delete"
                >
                  {t("action.delete")}
                </Button>
              </>
            ) : null}
          </div>
        </section>
      ) : null}

      <ErrorBar error={call.error} onDismiss={call.clearError} />
      {storageFull ? (
        <MessageBar intent="error" layout="multiline" data-testid="phrase-storage-full">
          <MessageBarBody>{t("storage.full")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="info" layout="multiline" data-testid="phrase-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {confirmDelete ? (
        <MessageBar intent="warning" layout="multiline" data-testid="phrase-confirm-delete">
          <MessageBarBody>{t("delete.confirm", { title: confirmDelete.title })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void doDelete(confirmDelete)} data-testid="phrase-confirm-delete-yes">
              {t("action.delete")}
            </Button>
            <Button onClick={() => setConfirmDelete(null)}>{t("editor.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {packErrors ? (
        <MessageBar intent="error" layout="multiline" data-testid="phrase-pack-errors">
          <MessageBarBody>
            <MessageBarTitle>{t("import.invalid")}</MessageBarTitle>
            <ul>
              {packErrors.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {pendingImport ? (
        <MessageBar intent="warning" layout="multiline" data-testid="phrase-import-duplicates">
          <MessageBarBody>
            {t("import.duplicates", {
              count: pendingImport.duplicates.length,
              ids:
                pendingImport.duplicates.slice(0, 5).join("、") +
                (pendingImport.duplicates.length > 5 ? "…" : ""),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => void runImport(pendingImport.pack, "replace")}
              data-testid="phrase-import-replace"
            >
              {t("import.replace")}
            </Button>
            <Button
              onClick={() => void runImport(pendingImport.pack, "skip")}
              data-testid="phrase-import-skip"
            >
              {t("import.skip")}
            </Button>
            <Button
              onClick={() => {
                setPendingImport(null);
                setNotice(t("import.cancelled"));
              }}
              data-testid="phrase-import-cancel"
            >
              {t("import.cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {draft ? (
        <OwnEditor
          draft={draft}
          busy={call.busy}
          onChange={setDraft}
          onSave={() => void saveDraft()}
          onCancel={() => setDraft(null)}
        />
      ) : null}

      <div className={styles.row}>
        <Button
          icon={<AddRegular />}
          onClick={() => void startSaveSelection()}
          data-testid="phrase-save-selection"
        >
          {t("action.saveSelection")}
        </Button>
        <ImportFileButton
          label={t("action.import")}
          icon={<ArrowUploadRegular />}
          onChosen={() => {
            setNotice(null);
            setPackErrors(null);
            setPendingImport(null);
          }}
          onText={onPackText}
          onReadError={(message) => setPackErrors([t("import.readError", { message })])}
          buttonTestId="phrase-import"
          inputTestId="phrase-pack-file"
        />
        <Button icon={<ArrowDownloadRegular />} onClick={exportOwn} data-testid="phrase-export">
          {t("action.export")}
        </Button>
      </div>
    </div>
  );
}
