/**
 * The 短语 tab: find standard phrasing by characters, full pinyin, initials or a mix, and insert it
 * at the cursor (inline, replacing a selection, or as a new paragraph after it). Keyboard first: a
 * shortcut (Ctrl+Shift+F, or / when not typing) focuses search, ↑↓ move, Enter inserts (a term such
 * as 两个维护: the term), Shift+Enter inserts a term's explanation, Esc clears. Category filter and
 * "section at cursor" filter; favourites and recently used first; the user's own phrases and packs.
 *
 * This component composes the parts: the search (usePhraseSearch), the results (PhraseList), the
 * active phrase (PhraseDetail), the user's phrases (useUserPhrases, useOwnEditing, OwnEditor) and the
 * packs (PackActions). The pinyin dictionary is loaded lazily, only to save or import phrases.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, SearchRegular } from "@fluentui/react-icons";
import type { InsertAtCursorEdit } from "../../core/edits";
import { SNIPPET_CATEGORIES, type Snippet, type SnippetCategory } from "../../genre/snippet-schema";
import { phrasesText as t } from "../../i18n/messages/phrases";
import { ErrorBar } from "../components/ErrorBar";
import { useHostCall } from "../hooks/useHostCall";
import { PaneNotice, useClearOnLeave } from "../components/PaneLayout";
import type { TabProps } from "../types";
import { insertPhrase, type InsertPart } from "./insert";
import { categoryLabel, sectionLabel } from "./labels";
import { ConfirmDelete, OwnEditor, useOwnEditing } from "./OwnEditor";
import { PackActions } from "./PackActions";
import { PhraseDetail } from "./PhraseDetail";
import { PhraseList } from "./PhraseList";
import { usePhraseSearch } from "./usePhraseSearch";
import { useUserPhrases } from "./useUserPhrases";
import { kindName, paneKinds } from "../kinds";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "120px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function PhrasesTab(props: TabProps): React.JSX.Element {
  const { host, active } = props;
  const styles = useStyles();
  const call = useHostCall();
  const phrases = useUserPhrases(host, call);
  const [mode, setMode] = React.useState<InsertAtCursorEdit["mode"]>("inline");
  const [notice, setNotice] = React.useState<string | null>(null);
  const own = useOwnEditing(host, call, phrases, setNotice);
  useClearOnLeave(active, () => setNotice(null));

  const insert = async (s: Snippet, part: InsertPart) => {
    setNotice(null);
    const r = await call.run(() => insertPhrase(host, s, mode, part));
    if (!r.ok) return;
    const count = r.value.fields?.length ?? 0;
    const done = part === "explanation" ? "inserted.explanation" : "inserted";
    setNotice(count ? t("inserted.fields", { title: s.title, count }) : t(done, { title: s.title }));
    await phrases.markUsed(s.id);
  };

  const search = usePhraseSearch({
    host,
    active,
    call,
    user: phrases.user,
    onInsert: (s, part) => void insert(s, part),
  });
  const { query, results, current, activeIndex } = search;

  return (
    <div className={styles.root} data-testid="phrases-tab">
      <Field label={t("search.label")} hint={t("search.hint")}>
        <Input
          ref={search.inputRef}
          value={query}
          placeholder={t("search.placeholder")}
          contentBefore={<SearchRegular />}
          onChange={(_, d) => search.setQuery(d.value)}
          onKeyDown={search.onKeyDown}
          onFocus={() => {
            if (search.sectionFilter) void search.refreshSection();
          }}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={search.listboxId}
          aria-activedescendant={
            current ? search.optionId(Math.min(activeIndex, results.length - 1)) : undefined
          }
          data-testid="phrase-search"
        />
      </Field>
      <div className={styles.row}>
        <Field label={t("filter.category")} className={styles.grow} orientation="horizontal">
          <Select
            value={search.category}
            onChange={(_, d) => search.setCategory(d.value as SnippetCategory | "")}
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
        checked={search.sectionFilter}
        onChange={(_, d) => search.setSectionFilter(Boolean(d.checked))}
        label={t("filter.section")}
        data-testid="phrase-section-filter"
      />
      {search.sectionFilter && search.section ? (
        <Text size={200} className={styles.hint} data-testid="phrase-section">
          {search.kind
            ? t("filter.sectionAndKind", {
                section: sectionLabel(search.section),
                kind: kindName(paneKinds(host.userSettings), search.kind, undefined, true),
              })
            : t("filter.sectionIs", { section: sectionLabel(search.section) })}
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

      <PaneNotice text={notice} onDismiss={() => setNotice(null)} data-testid="phrase-notice" />
      <Text size={200} className={styles.hint} aria-live="polite" data-testid="phrase-count">
        {query.trim() && results.length === 0
          ? t("results.none")
          : !query.trim() && results.length === 0
            ? t("results.emptyHint")
            : t("results.count", { count: results.length })}
      </Text>
      <PhraseList
        results={results}
        activeIndex={activeIndex}
        ownIds={search.ownIds}
        listboxId={search.listboxId}
        optionId={search.optionId}
        listRef={search.listRef}
        onActivate={(i) => {
          search.setActiveIndex(i);
          search.inputRef.current?.focus();
        }}
        onInsert={(s, part) => void insert(s, part)}
        year={search.year}
        yearData={search.yearData}
      />

      {current ? (
        <PhraseDetail
          snippet={current.snippet}
          own={search.ownIds.has(current.snippet.id)}
          favourite={phrases.user.favourites.includes(current.snippet.id)}
          busy={call.busy}
          onInsert={(s, part) => void insert(s, part)}
          onFavourite={(s) => void phrases.toggleFavourite(s.id)}
          onEdit={own.startEdit}
          onDelete={own.setConfirmDelete}
          year={search.year}
          yearData={search.yearData}
        />
      ) : null}

      <ErrorBar error={call.error} onDismiss={call.clearError} />
      {phrases.storageFull ? (
        <MessageBar intent="error" layout="multiline" data-testid="phrase-storage-full">
          <MessageBarBody>{t("storage.full")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {own.confirmDelete ? (
        <ConfirmDelete
          snippet={own.confirmDelete}
          onConfirm={() => own.confirmDelete && void own.doDelete(own.confirmDelete)}
          onCancel={() => own.setConfirmDelete(null)}
        />
      ) : null}
      {own.draft ? (
        <OwnEditor
          draft={own.draft}
          busy={call.busy}
          onChange={own.setDraft}
          onSave={() => void own.saveDraft()}
          onCancel={() => own.setDraft(null)}
        />
      ) : null}

      <PackActions
        host={host}
        phrases={phrases}
        ownIds={search.ownIds}
        setNotice={setNotice}
        before={
          <Button
            icon={<AddRegular />}
            onClick={() => void own.startSaveSelection()}
            data-testid="phrase-save-selection"
          >
            {t("action.saveSelection")}
          </Button>
        }
      />
    </div>
  );
}
