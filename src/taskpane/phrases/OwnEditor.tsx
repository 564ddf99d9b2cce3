/**
 * The user's own phrases: the form to save or edit one (title, category, tags, text), the question
 * before deleting one, and the state behind them (useOwnEditing: save the selection, edit, delete).
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SNIPPET_CATEGORIES, type Snippet, type SnippetCategory } from "../../genre/snippet-schema";
import type { DocumentHost } from "../../host/host";
import { phrasesText as t } from "../../i18n/messages/phrases";
import type { HostCall } from "../hooks/useHostCall";
import { categoryLabel } from "./labels";
import { deleteOwn, newOwnId, titleFromText, upsertOwn } from "./store";
import type { UserPhrasesState } from "./useUserPhrases";

export interface Draft {
  /** null for a new phrase. */
  id: string | null;
  title: string;
  text: string;
  category: SnippetCategory;
  tags: string;
  /** The term of an imported term snippet, kept through an edit (the form does not show it). */
  term?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Problems of a draft, in the user's language; empty when it can be saved. */
function draftProblems(d: Draft): string[] {
  const out: string[] = [];
  if (!d.title.trim()) out.push(t("editor.titleRequired"));
  if (!d.text.trim()) out.push(t("editor.textRequired"));
  if ([...d.title.trim()].length > 60 || d.text.length > 4000) out.push(t("editor.tooLong"));
  return out;
}

export function OwnEditor(props: {
  draft: Draft;
  busy: boolean;
  onChange(d: Draft): void;
  onSave(): void;
  onCancel(): void;
}): React.JSX.Element {
  const styles = useStyles();
  const { draft, onChange } = props;
  const [tried, setTried] = React.useState(false);
  const problems = draftProblems(draft);
  const titleRef = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => titleRef.current?.focus(), []);
  const save = () => {
    setTried(true);
    if (problems.length === 0) props.onSave();
  };
  const headingId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="own-editor">
      <h3 id={headingId} className={styles.heading}>
        {draft.id ? t("editor.editTitle") : t("editor.newTitle")}
      </h3>
      <Field
        label={t("editor.title")}
        required
        validationMessage={tried && !draft.title.trim() ? t("editor.titleRequired") : undefined}
      >
        <Input
          ref={titleRef}
          value={draft.title}
          onChange={(_, d) => onChange({ ...draft, title: d.value })}
          data-testid="own-title"
        />
      </Field>
      <Field label={t("editor.category")}>
        <Select
          value={draft.category}
          onChange={(_, d) => onChange({ ...draft, category: d.value as SnippetCategory })}
          data-testid="own-category"
        >
          {SNIPPET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("editor.tags")}>
        <Input
          value={draft.tags}
          onChange={(_, d) => onChange({ ...draft, tags: d.value })}
          data-testid="own-tags"
        />
      </Field>
      <Field
        label={t("editor.text")}
        required
        validationMessage={
          tried && problems.length
            ? problems.filter((p) => p !== t("editor.titleRequired")).join(" ") || undefined
            : undefined
        }
      >
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={4}
          onChange={(_, d) => onChange({ ...draft, text: d.value })}
          data-testid="own-text"
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={props.busy} onClick={save} data-testid="own-save">
          {t("editor.save")}
        </Button>
        <Button onClick={props.onCancel} data-testid="own-cancel">
          {t("editor.cancel")}
        </Button>
      </div>
    </section>
  );
}

export interface OwnEditing {
  draft: Draft | null;
  setDraft(d: Draft | null): void;
  /** The phrase waiting for the user to confirm its deletion. */
  confirmDelete: Snippet | null;
  setConfirmDelete(s: Snippet | null): void;
  startSaveSelection(): Promise<void>;
  startEdit(s: Snippet): void;
  saveDraft(): Promise<void>;
  doDelete(s: Snippet): Promise<void>;
}

/** Save the selection as a phrase, edit one of the user's phrases, delete one (after a question). */
export function useOwnEditing(
  host: DocumentHost,
  call: HostCall,
  phrases: UserPhrasesState,
  setNotice: (notice: string | null) => void,
): OwnEditing {
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const [confirmDelete, setConfirmDelete] = React.useState<Snippet | null>(null);
  const { user, setUser, store } = phrases;

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

  const startEdit = (s: Snippet) =>
    setDraft({
      id: s.id,
      title: s.title,
      text: s.text,
      category: s.category,
      tags: s.tags.join(" "),
      ...(s.term ? { term: s.term } : {}),
    });

  const saveDraft = async () => {
    if (!draft) return;
    const snippet: Snippet = {
      id: draft.id ?? newOwnId(),
      title: draft.title.trim(),
      text: draft.text.trim(),
      ...(draft.term ? { term: draft.term } : {}),
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

  return {
    draft,
    setDraft,
    confirmDelete,
    setConfirmDelete,
    startSaveSelection,
    startEdit,
    saveDraft,
    doDelete,
  };
}

/** The question before deleting one of the user's phrases. */
export function ConfirmDelete(props: {
  snippet: Snippet;
  onConfirm(): void;
  onCancel(): void;
}): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="phrase-confirm-delete">
      <MessageBarBody>{t("delete.confirm", { title: props.snippet.title })}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onConfirm} data-testid="phrase-confirm-delete-yes">
          {t("action.delete")}
        </Button>
        <Button onClick={props.onCancel}>{t("editor.cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
