/** The form to save or edit one of the user's own phrases (title, category, tags, text). */
import * as React from "react";
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { SNIPPET_CATEGORIES, type SnippetCategory } from "../../genre/snippet-schema";
import { phrasesText as t } from "../../i18n/messages/phrases";
import { categoryLabel } from "./labels";

export interface Draft {
  /** null for a new phrase. */
  id: string | null;
  title: string;
  text: string;
  category: SnippetCategory;
  tags: string;
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
export function draftProblems(d: Draft): string[] {
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
