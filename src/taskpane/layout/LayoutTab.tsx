/**
 * 排版: GB/T 9704-2012 paragraph formats. 读取文档 reads the whole document (one host call), recognises the
 * parts (core/outline → core/layout roles) and shows, per part, how many paragraphs it has, the format the
 * standard gives it and how many differ. 应用公文格式 applies the guarded FormatEdits of that reading in one
 * batch; paragraphs the user changed since the reading are skipped (stale) and said, then the tab reads again.
 * Fallback fonts (仿宋 / 楷体 / 宋体) only when the user ticks the option (GENRE.md section 8); the choice is
 * kept in the user's settings.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, TextAlignJustifyRegular } from "@fluentui/react-icons";
import type { FormatEdit } from "../../core/edits";
import type { LayoutRole } from "../../terms";
import { formatForRole, layoutEdits, rolesFromStructure, type FormatOptions } from "../../core/layout";
import type { DocModel } from "../../core/model";
import { buildOutline } from "../../core/outline";
import type { DocStructure } from "../../core/outline-types";
import { FONT_SIZE_PT, LINE_SPACING_PT, ROLE_LAYOUT } from "../../genre/layout";
import { getLocale, type Locale } from "../../i18n";
import { layoutText as t } from "../../i18n/messages/layout";
import { Busy, ErrorBar, NoticeBar } from "../components";
import { useHostCall } from "../hooks/useHostCall";
import { useClearOnLeave } from "../components/PaneLayout";
import type { TabProps } from "../types";

/** The user setting that keeps the fallback-font choice. */
export const FALLBACK_FONTS_KEY = "layout.fallbackFonts";

/** The parts the tab lists, in document order (closing appears only when a reading finds one). */
export const LAYOUT_ROLES: readonly LayoutRole[] = [
  "title",
  "addressee",
  "body",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "closing",
  "signature",
  "date",
];

export interface RoleRow {
  role: LayoutRole;
  /** Paragraphs with this role. */
  count: number;
  /** Of those, how many differ from the role's format. */
  differ: number;
}

export interface LayoutSummary {
  paragraphs: number;
  /** Paragraphs with a role (not empty, not in a table). */
  recognised: number;
  /** Empty paragraphs and table cells: left alone. */
  skipped: number;
  rows: RoleRow[];
  /** The guarded format edits for every paragraph that differs. */
  edits: FormatEdit[];
}

/** Per-part counts and the edits of a reading (pure: the tab recomputes it when the font option changes). */
export function summarize(
  model: DocModel,
  structure: DocStructure,
  options: FormatOptions = {},
): LayoutSummary {
  const roles = rolesFromStructure(model, structure);
  const edits = layoutEdits(model, structure, options);
  const count = new Map<LayoutRole, number>();
  const differ = new Map<LayoutRole, number>();
  let recognised = 0;
  for (const role of roles) {
    if (!role) continue;
    recognised++;
    count.set(role, (count.get(role) ?? 0) + 1);
  }
  for (const e of edits) {
    const role = roles[e.paragraph];
    if (role) differ.set(role, (differ.get(role) ?? 0) + 1);
  }
  const rows = LAYOUT_ROLES.filter((r) => r !== "closing" || count.has(r)).map((role) => ({
    role,
    count: count.get(role) ?? 0,
    differ: differ.get(role) ?? 0,
  }));
  return { paragraphs: model.paragraphs.length, recognised, skipped: roles.length - recognised, rows, edits };
}

const SIZE_NAMES = Object.entries(FONT_SIZE_PT) as [string, number][];

/** The format of a role in words: font, size, alignment, indent, line spacing (and bold where set). */
export function describeFormat(role: LayoutRole, options: FormatOptions = {}, locale?: Locale): string {
  const f = formatForRole(role, options);
  const size = f.fontSize ?? ROLE_LAYOUT[role].sizePt;
  const sizeName = SIZE_NAMES.find(([, pt]) => pt === size)?.[0] ?? `${size}`;
  const chars = ROLE_LAYOUT[role].firstLineChars;
  const parts = [
    f.fontName ?? "",
    t("format.size", { name: sizeName, pt: size }, locale),
    t(`align.${f.alignment ?? "justified"}`, undefined, locale),
    chars > 0 ? t("format.indent", { chars }, locale) : t("format.noIndent", undefined, locale),
    t("format.spacing", { pt: f.lineSpacing ?? LINE_SPACING_PT.default }, locale),
  ];
  if (f.bold) parts.push(t("format.bold", undefined, locale));
  return parts.filter(Boolean).join((locale ?? getLocale()) === "en-US" ? ", " : "，");
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3, display: "block" },
  line: { display: "block" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
    "& tbody th": { whiteSpace: "nowrap" },
  },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  none: { color: tokens.colorNeutralForeground3 },
  differ: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Reading {
  model: DocModel;
  structure: DocStructure;
}

interface Outcome {
  applied: number;
  stale: number;
  fallback: boolean;
}

export function LayoutTab({ host, active }: TabProps): React.JSX.Element {
  const styles = useStyles();
  const reader = useHostCall();
  const writer = useHostCall();
  const [reading, setReading] = React.useState<Reading | null>(null);
  const [fallback, setFallback] = React.useState<boolean>(
    () => host.userSettings.get<boolean>(FALLBACK_FONTS_KEY) === true,
  );
  const [saveFailed, setSaveFailed] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  // What was applied is said in this tab only: leaving it clears the notice.
  useClearOnLeave(active, () => setOutcome(null));
  const generation = React.useRef(0);
  const { run: read } = reader;
  const { run: write } = writer;

  const refresh = React.useCallback(async (): Promise<boolean> => {
    const mine = ++generation.current;
    const r = await read(async () => {
      const model = await host.readModel();
      return { model, structure: buildOutline(model) };
    });
    // An older, slower reading must not replace a newer one.
    if (r.ok && mine === generation.current) setReading(r.value);
    return r.ok;
  }, [host, read]);

  React.useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);

  const options: FormatOptions = React.useMemo(() => ({ fallbackFonts: fallback }), [fallback]);
  const summary = React.useMemo(
    () => (reading ? summarize(reading.model, reading.structure, options) : null),
    [reading, options],
  );

  const onRead = async () => {
    setOutcome(null);
    await refresh();
  };

  const onFallback = async (checked: boolean) => {
    setFallback(checked);
    setOutcome(null);
    setSaveFailed(false);
    try {
      await host.userSettings.set(FALLBACK_FONTS_KEY, checked);
    } catch {
      // The option still applies to this session; the user is told it was not kept.
      setSaveFailed(true);
    }
  };

  const onApply = async () => {
    if (!summary) return;
    setOutcome(null);
    const edits = summary.edits;
    const r = await write(() => host.applyEdits(edits));
    if (!r.ok) return;
    setOutcome({
      applied: r.value.applied,
      stale: r.value.stale.length,
      fallback: options.fallbackFonts === true,
    });
    // Show what is left (the skipped paragraphs, if any) with the document as it is now.
    await refresh();
  };

  const busy = reader.busy || writer.busy;
  const empty = reading !== null && reading.model.paragraphs.every((p) => p.text.trim() === "");

  return (
    <section className={styles.root} aria-labelledby="lz-tab-layout" data-testid="layout-tab">
      <Caption1 className={styles.intro}>{t("intro")}</Caption1>
      <div className={styles.toolbar}>
        <Button
          icon={<ArrowClockwiseRegular />}
          size="small"
          onClick={() => void onRead()}
          disabled={busy}
          data-testid="layout-read"
        >
          {t("read")}
        </Button>
        <Button
          appearance="primary"
          icon={<TextAlignJustifyRegular />}
          size="small"
          onClick={() => void onApply()}
          disabled={busy || !summary || summary.edits.length === 0}
          data-testid="layout-apply"
        >
          {t("apply")}
        </Button>
        <Busy busy={reader.busy && !writer.busy} label={t("reading")} />
        <Busy busy={writer.busy} label={t("applying")} />
      </div>
      <div>
        <Checkbox
          checked={fallback}
          onChange={(_, d) => void onFallback(d.checked === true)}
          label={t("fallback")}
          disabled={writer.busy}
          data-testid="layout-fallback"
        />
        <Caption1 className={styles.hint}>{t("fallback.hint")}</Caption1>
        {saveFailed ? <Caption1 className={styles.hint}>{t("fallback.saveFailed")}</Caption1> : null}
      </div>
      <ErrorBar error={reader.error} onDismiss={reader.clearError} />
      <ErrorBar error={writer.error} onDismiss={writer.clearError} />
      {outcome ? (
        <div data-testid="layout-result" role="status">
          <NoticeBar intent={outcome.stale > 0 ? "warning" : "success"}>
            {outcome.applied > 0 ? <div>{t("done.applied", { count: outcome.applied })}</div> : null}
            {outcome.applied === 0 && outcome.stale === 0 ? <div>{t("done.none")}</div> : null}
            {outcome.stale > 0 ? <div>{t("done.stale", { count: outcome.stale })}</div> : null}
            {outcome.applied > 0 && outcome.fallback ? <div>{t("done.fallback")}</div> : null}
          </NoticeBar>
        </div>
      ) : null}
      {!reading || !summary ? (
        reader.busy ? null : (
          <Caption1 className={styles.hint}>{t("notRead")}</Caption1>
        )
      ) : empty ? (
        <NoticeBar>{t("empty")}</NoticeBar>
      ) : (
        <>
          <div aria-live="polite" data-testid="layout-summary">
            <Caption1 className={styles.line}>
              {t("summary", {
                paragraphs: summary.paragraphs,
                recognised: summary.recognised,
                differ: summary.edits.length,
              })}
            </Caption1>
            {summary.skipped > 0 ? (
              <Caption1 className={styles.line}>{t("summary.skipped", { count: summary.skipped })}</Caption1>
            ) : null}
          </div>
          <Text as="h2" className={styles.sectionTitle} id="lz-layout-table-title">
            {t("table.label")}
          </Text>
          <table className={styles.table} aria-labelledby="lz-layout-table-title" data-testid="layout-table">
            <thead>
              <tr>
                <th scope="col">{t("col.role")}</th>
                <th scope="col" className={styles.num}>
                  {t("col.count")}
                </th>
                <th scope="col">{t("col.format")}</th>
                <th scope="col" className={styles.num}>
                  {t("col.differ")}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row) => (
                <tr key={row.role} data-testid={`layout-row-${row.role}`} data-count={row.count}>
                  <th scope="row">{t(`role.${row.role}`)}</th>
                  <td className={styles.num}>{row.count}</td>
                  <td data-testid={`layout-format-${row.role}`}>{describeFormat(row.role, options)}</td>
                  <td
                    className={mergeClasses(
                      styles.num,
                      row.count === 0 || row.differ === 0 ? styles.none : styles.differ,
                    )}
                    data-testid={`layout-differ-${row.role}`}
                    data-differ={row.differ}
                  >
                    {row.count === 0 ? "—" : row.differ === 0 ? t("differ.none") : row.differ}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
