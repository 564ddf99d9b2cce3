/**
 * The scaffold list: search, filter by theme, the planned level and number shown before inserting
 * ("将插入为 三、…"), a level override, and the offer to renumber the headings that follow.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  SearchBox,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { TextAddRegular } from "@fluentui/react-icons";
import { pick } from "../../i18n";
import { templatesText as t, themeText } from "../../i18n/messages/templates";
import { usePaneContext } from "../shell/PaneContext";
import { THEMES, type ScaffoldData, type Theme } from "../../genre/template-schema";
import type { HeadingLevel } from "../../core/outline-types";
import { planEdits, planScaffold, type PlanResult } from "../../core/scaffold";
import { renderFields, type FieldValues } from "../../core/fields";
import type { DocumentHost } from "../../host/host";
import { paneKinds } from "../kinds";
import type { HostCall } from "../hooks/useHostCall";
import { StickyFooter, shortText } from "../components/PaneLayout";
import { useDocumentRefresh } from "../hooks/useDocumentRefresh";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    "& > *": { flex: "1 1 140px", minWidth: 0 },
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    listStyleType: "none",
    margin: 0,
    padding: 0,
    // The list shrinks on a short pane so that the plan and 插入 stay close.
    maxHeight: "min(40vh, 320px)",
    overflowY: "auto",
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    flexWrap: "wrap",
    fontWeight: tokens.fontWeightRegular,
  },
  plan: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  rule: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  sentence: { margin: 0, overflowWrap: "anywhere" },
  theme: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    marginInlineStart: tokens.spacingHorizontalS,
  },
});

export interface ScaffoldPickerProps {
  host: DocumentHost;
  call: HostCall;
  scaffolds: readonly ScaffoldData[];
  values: FieldValues;
  active: boolean;
  onNotice(text: string): void;
}

/** The heading line of a plan: marker and heading (run-in body left out). */
function planHeading(plan: PlanResult, scaffold: ScaffoldData, values: FieldValues): string {
  if (!plan.ok) return "";
  return plan.marker + renderFields(scaffold.section.heading, values).text;
}

export function ScaffoldPicker(props: ScaffoldPickerProps): React.JSX.Element {
  const { host, call, scaffolds, values, active, onNotice } = props;
  const styles = useStyles();
  const { locale } = usePaneContext();
  const [query, setQuery] = React.useState("");
  const [theme, setTheme] = React.useState<Theme | "">("");
  const [selectedId, setSelectedId] = React.useState<string | null>(null);
  const [level, setLevel] = React.useState<HeadingLevel | undefined>(undefined);
  const [plan, setPlan] = React.useState<PlanResult | null>(null);
  const [renumber, setRenumber] = React.useState(true);
  const selected = scaffolds.find((s) => s.id === selectedId) ?? null;

  const q = query.trim().toLowerCase();
  const shown = scaffolds.filter(
    (s) =>
      (!theme || s.theme === theme) &&
      (!q ||
        [s.name["zh-CN"], s.name["en-US"], s.section.heading, themeText(s.theme), ...(s.keywords ?? [])].some(
          (x) => x.toLowerCase().includes(q),
        )),
  );

  const computePlan = React.useCallback(
    async (scaffold: ScaffoldData, lv: HeadingLevel | undefined) => {
      const r = await call.run(async () => {
        const { model, cursor } = await host.readContext();
        return planScaffold(model, cursor, scaffold, {
          level: lv,
          values,
          yearData: paneKinds(host.userSettings).yearData,
        });
      });
      if (r.ok) setPlan(r.value);
    },
    [call, host, values],
  );

  // Where the scaffold would go now: when the tab is shown again, when the pane gets the focus back (the
  // cursor moved in the document) and when the paragraphs change (WordApi 1.6).
  const chosen = React.useRef({ selected, level });
  chosen.current = { selected, level };
  useDocumentRefresh(host, active, () => {
    const { selected: sc, level: lv } = chosen.current;
    if (sc) void computePlan(sc, lv);
  });

  const choose = (s: ScaffoldData) => {
    setSelectedId(s.id);
    setRenumber(true);
    void computePlan(s, level);
  };

  const insert = async () => {
    if (!selected) return;
    const r = await call.run(async () => {
      const { model, cursor } = await host.readContext();
      const fresh = planScaffold(model, cursor, selected, {
        level,
        values,
        yearData: paneKinds(host.userSettings).yearData,
      });
      if (!fresh.ok) return { plan: fresh, stale: 0 };
      const edits = planEdits(fresh, renumber);
      const result = await host.applyEdits(edits);
      return { plan: fresh, stale: result.stale.length };
    });
    if (!r.ok) return;
    const { plan: done, stale } = r.value;
    setPlan(done);
    if (!done.ok) onNotice(t("plan.refused.inTable"));
    else if (stale > 0) onNotice(t("done.stale", { count: stale }));
    else if (renumber && done.renumber.length)
      onNotice(
        t("done.renumbered", { heading: planHeading(done, selected, values), count: done.renumber.length }),
      );
    else onNotice(t("done.scaffold", { heading: planHeading(done, selected, values) }));
    if (done.ok) {
      // The document changed: show where the next insertion would go.
      void computePlan(selected, level);
    }
  };

  const first = plan && plan.ok ? plan.renumber[0] : undefined;

  return (
    <div className={styles.root} data-testid="scaffold-picker">
      <div className={styles.filters}>
        <SearchBox
          aria-label={t("search.scaffolds")}
          placeholder={t("search.scaffolds")}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          data-testid="scaffold-search"
        />
        <Field label={t("theme.label")}>
          <Select
            value={theme}
            onChange={(_, d) => setTheme(d.value as Theme | "")}
            data-testid="scaffold-theme"
          >
            <option value="">{t("theme.all")}</option>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {themeText(th)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 ? <div role="status">{t("scaffold.empty")}</div> : null}
      <ul className={styles.list} aria-label={t("tab.scaffolds")}>
        {shown.map((s) => (
          <li key={s.id}>
            <Button
              className={mergeClasses(styles.item, s.id === selectedId && styles.selected)}
              appearance="subtle"
              aria-pressed={s.id === selectedId}
              onClick={() => choose(s)}
              data-testid={`scaffold-${s.id}`}
            >
              <span className={styles.name}>{pick(s.name, locale)}</span>
              <span className={styles.theme}>{themeText(s.theme)}</span>
            </Button>
          </li>
        ))}
      </ul>
      {selected && plan ? (
        <div className={styles.plan}>
          <Field label={t("plan.level")}>
            <Select
              value={level === undefined ? "auto" : String(level)}
              onChange={(_, d) => {
                const lv = d.value === "auto" ? undefined : (Number(d.value) as HeadingLevel);
                setLevel(lv);
                void computePlan(selected, lv);
              }}
              data-testid="scaffold-level"
            >
              <option value="auto">
                {t("plan.level.auto", { marker: plan.ok && level === undefined ? plan.marker : "…" })}
              </option>
              <option value="1">{t("plan.level.1")}</option>
              <option value="2">{t("plan.level.2")}</option>
              <option value="3">{t("plan.level.3")}</option>
              <option value="4">{t("plan.level.4")}</option>
            </Select>
          </Field>
          {plan.ok && first ? (
            <Checkbox
              checked={renumber}
              onChange={(_, d) => setRenumber(d.checked === true)}
              label={t("plan.renumber", {
                count: plan.renumber.length,
                from: first.expected.slice(first.offset, first.offset + first.length),
                to: first.text,
              })}
              data-testid="scaffold-renumber"
            />
          ) : null}
          <p className={styles.rule}>{t("plan.rule")}</p>
        </div>
      ) : null}
      {selected && plan ? (
        <StickyFooter data-testid="scaffold-footer">
          <div aria-live="polite">
            {plan.ok ? (
              <p className={styles.sentence} data-testid="scaffold-sentence">
                <span data-testid="scaffold-plan">
                  {t("plan.preview", { heading: planHeading(plan, selected, values) })}
                </span>
                <span data-testid="scaffold-where">
                  {t(`plan.where.${plan.where.kind}`, { target: shortText(plan.where.text) })}
                </span>
              </p>
            ) : (
              <div role="alert" data-testid="scaffold-refused">
                {t("plan.refused.inTable")}
              </div>
            )}
          </div>
          <div>
            <Button
              appearance="primary"
              icon={<TextAddRegular />}
              disabled={call.busy || !plan.ok}
              onClick={() => void insert()}
              data-testid="insert-scaffold"
            >
              {t("action.insertScaffold")}
            </Button>
          </div>
        </StickyFooter>
      ) : null}
    </div>
  );
}
