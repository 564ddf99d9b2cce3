/** The template gallery: search by name, each template's outline previewed, the fields form, 插入. */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { pick } from "../../i18n";
import { templatesText as t } from "../../i18n/messages/templates";
import { usePaneContext } from "../shell/PaneContext";
import type { TemplateData, FormField } from "../../genre/template-schema";
import { buildOutline } from "../../core/outline";
import { planTemplate, renderTemplate } from "../../core/scaffold";
import { normalizeDate, normalizeYear, type FieldValues } from "../../core/fields";
import type { DocumentHost } from "../../host/host";
import { loadPaneKinds } from "../kinds";
import type { HostCall } from "../hooks/useHostCall";
import { StickyFooter } from "../components/PaneLayout";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  item: { justifyContent: "flex-start", textAlign: "start", width: "100%", maxWidth: "100%", minWidth: 0 },
  outline: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    listStyleType: "none",
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  // Two columns where they fit (about 330 px and up), one on a narrow pane; inputs never force the width.
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 10rem), 1fr))",
    gap: tokens.spacingHorizontalS,
    "& .fui-Field, & .fui-Input": { minWidth: 0 },
    "& .fui-Input": { width: "100%" },
    "& input": { minWidth: 0, width: "100%" },
  },
  fieldset: { border: "none", padding: 0, margin: 0, minWidth: 0, minInlineSize: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  outlineLine: { overflowWrap: "anywhere" },
});

const FIELD_LABEL: Record<FormField, Parameters<typeof t>[0]> = {
  year: "form.year",
  period: "form.period",
  unit: "form.unit",
  name: "form.name",
  post: "form.post",
  to: "form.to",
  date: "form.date",
};

/** The outline of a template as it will be inserted: title and numbered headings. */
function templateOutline(template: TemplateData, values: FieldValues): { depth: number; text: string }[] {
  const paragraphs = renderTemplate(template, values);
  const s = buildOutline({ paragraphs: paragraphs.map((p) => ({ text: p.text })) });
  return [
    { depth: 0, text: paragraphs[0].text },
    ...s.headings.map((h) => ({ depth: h.depth, text: h.marker + h.text.replace(/。$/, "") })),
  ];
}

export interface TemplateGalleryProps {
  host: DocumentHost;
  call: HostCall;
  templates: readonly TemplateData[];
  values: FieldValues;
  onValues(values: FieldValues): void;
  onNotice(text: string): void;
}

export function TemplateGallery(props: TemplateGalleryProps): React.JSX.Element {
  const { host, call, templates, values, onValues, onNotice } = props;
  const styles = useStyles();
  const { locale } = usePaneContext();
  const [query, setQuery] = React.useState("");
  const [selectedId, setSelectedId] = React.useState<string>(templates[0]?.id ?? "");
  const [confirm, setConfirm] = React.useState(false);
  const q = query.trim().toLowerCase();
  const shown = templates.filter(
    (x) =>
      !q ||
      [x.name["zh-CN"], x.name["en-US"], x.id, x.description["zh-CN"]].some((s) =>
        s.toLowerCase().includes(q),
      ),
  );
  const selected = templates.find((x) => x.id === selectedId) ?? shown[0];

  const yearBad =
    values.year !== undefined && values.year.trim() !== "" && normalizeYear(values.year) === null;
  const dateBad =
    values.date !== undefined && values.date.trim() !== "" && normalizeDate(values.date) === null;

  const cleanValues = (): FieldValues => ({
    ...values,
    year: values.year ? (normalizeYear(values.year) ?? undefined) : undefined,
    date: values.date ? (normalizeDate(values.date) ?? undefined) : undefined,
  });

  const insert = async (atCursor: boolean) => {
    if (!selected || yearBad || dateBad) return;
    setConfirm(false);
    const r = await call.run(async () => {
      const { model, cursor } = await host.readContext();
      const plan = planTemplate(model, cursor, selected, cleanValues(), {
        atCursor,
        yearData: (await loadPaneKinds(host.userSettings)).yearData,
      });
      if (!plan.ok) return plan.reason;
      await host.applyEdits(plan.edits);
      return plan.paragraphs.length;
    });
    if (!r.ok) return;
    if (r.value === "notEmpty") setConfirm(true);
    else if (r.value === "inTable") onNotice(t("plan.refused.inTable"));
    else onNotice(t("done.template", { name: pick(selected.name, locale), count: r.value }));
  };

  return (
    <div className={styles.root} data-testid="template-gallery">
      <SearchBox
        aria-label={t("search.templates")}
        placeholder={t("search.templates")}
        value={query}
        onChange={(_, d) => setQuery(d.value)}
        data-testid="template-search"
      />
      {shown.length === 0 ? <div role="status">{t("gallery.empty")}</div> : null}
      <ul className={styles.list} aria-label={t("tab.templates")}>
        {shown.map((x) => (
          <li key={x.id}>
            <Button
              className={mergeClasses(styles.item, x.id === selected?.id && styles.selected)}
              appearance="subtle"
              aria-pressed={x.id === selected?.id}
              onClick={() => {
                setSelectedId(x.id);
                setConfirm(false);
              }}
              data-testid={`template-${x.id}`}
            >
              {pick(x.name, locale)}
            </Button>
          </li>
        ))}
      </ul>
      {selected && shown.includes(selected) ? (
        <>
          <div className={styles.hint}>{pick(selected.description, locale)}</div>
          <div aria-label={t("gallery.outline")} role="group">
            <ol className={styles.outline} data-testid="template-outline">
              {templateOutline(selected, cleanValues()).map((line, i) => (
                <li
                  key={i}
                  className={styles.outlineLine}
                  style={{ paddingInlineStart: `${line.depth}em`, fontWeight: line.depth <= 1 ? 600 : 400 }}
                >
                  {line.text}
                </li>
              ))}
            </ol>
          </div>
          <fieldset className={styles.fieldset}>
            <legend>{t("form.title")}</legend>
            <div className={styles.form}>
              {selected.fields.map((f) => (
                <Field
                  key={f}
                  label={t(FIELD_LABEL[f])}
                  validationState={(f === "year" && yearBad) || (f === "date" && dateBad) ? "error" : "none"}
                  validationMessage={
                    f === "year" && yearBad
                      ? t("form.badYear")
                      : f === "date" && dateBad
                        ? t("form.badDate")
                        : undefined
                  }
                >
                  <Input
                    value={values[f] ?? ""}
                    onChange={(_, d) => onValues({ ...values, [f]: d.value })}
                    data-testid={`field-${f}`}
                  />
                </Field>
              ))}
            </div>
            <div className={styles.hint}>{t("form.hint")}</div>
          </fieldset>
          <StickyFooter data-testid="template-footer">
            <Button
              appearance="primary"
              icon={<DocumentAddRegular />}
              disabled={call.busy || yearBad || dateBad}
              onClick={() => void insert(false)}
              data-testid="insert-template"
            >
              {t("action.insertTemplate")}
            </Button>
            {confirm ? (
              <MessageBar intent="warning" layout="multiline" data-testid="confirm-not-empty">
                <MessageBarBody>{t("confirm.notEmpty")}</MessageBarBody>
                <MessageBarActions>
                  <Button
                    appearance="primary"
                    onClick={() => void insert(true)}
                    data-testid="confirm-at-cursor"
                  >
                    {t("action.atCursor")}
                  </Button>
                  <Button onClick={() => setConfirm(false)}>{t("action.cancel")}</Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
          </StickyFooter>
        </>
      ) : null}
    </div>
  );
}
