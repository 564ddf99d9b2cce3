/**
 * 排版: GB/T 9704-2012 paragraph formats. 读取文档 reads the whole document (one host call), recognises the
 * parts (core/outline → core/layout roles) and shows, per part, how many paragraphs it has, the format the
 * standard gives it and how many differ. 应用公文格式 applies the guarded FormatEdits of that reading in one
 * batch; paragraphs the user changed since the reading are skipped (stale) and said, then the tab reads again.
 * Fallback fonts (仿宋 / 楷体 / 宋体) only when the user ticks the option (GENRE.md section 8); the choice is
 * kept in the user's settings. Where the host has applyLayout (Word, memory) the whole 一键排版 runs: the
 * chosen profile's paragraph formats, run-in heading sentences and page; what the host could not set is
 * said one line each (LayoutGaps); 撤销排版 restores the formats the last 排版 changed.
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
import { ArrowClockwiseRegular, ArrowUndoRegular, TextAlignJustifyRegular } from "@fluentui/react-icons";
import type { FormatOptions } from "../../core/layout";
import { layoutPlan } from "../../core/layout-plan";
import type { LayoutProfile } from "../../genre/layout-profile";
import type { LayoutGap } from "../../host/host";
import { LayoutGaps } from "./LayoutGaps";
import { LayoutProfiles, chosenProfile } from "./LayoutProfiles";
import type { DocModel } from "../../core/model";
import { buildOutline } from "../../core/outline";
import type { DocStructure } from "../../core/outline-types";
import { layoutText as t } from "../../i18n/messages/layout";
import { Busy, ErrorBar, NoticeBar } from "../components";
import { useHostCall } from "../hooks/useHostCall";
import { useClearOnLeave } from "../components/PaneLayout";
import type { TabProps } from "../types";
import { describeFormat, effectiveProfile, summarize } from "./summary";

/** The user setting that keeps the fallback-font choice. */
export const FALLBACK_FONTS_KEY = "layout.fallbackFonts";

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
  gaps: LayoutGap[];
  spansSkipped: number;
}

interface UndoOutcome {
  restored: number;
  skipped: number;
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
  const [undone, setUndone] = React.useState<UndoOutcome | "none" | null>(null);
  const [profile, setProfile] = React.useState<LayoutProfile>(() => chosenProfile(host.userSettings));
  const [canUndo, setCanUndo] = React.useState<boolean>(
    () => host.undoLayout !== undefined && host.documentSettings.get("layout.undo") !== undefined,
  );
  // What was applied is said in this tab only: leaving it clears the notice.
  useClearOnLeave(active, () => {
    setOutcome(null);
    setUndone(null);
  });
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

  const options: FormatOptions = React.useMemo(
    () => ({ fallbackFonts: fallback || profile.fallbackFonts, lineSpacing: profile.lineSpacingPt }),
    [fallback, profile],
  );
  const summary = React.useMemo(
    () => (reading ? summarize(reading.model, reading.structure, options, profile) : null),
    [reading, options, profile],
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
    if (!summary || !reading) return;
    setOutcome(null);
    setUndone(null);
    const edits = summary.edits;
    const apply = host.applyLayout?.bind(host);
    const plan = apply
      ? layoutPlan(reading.model, reading.structure, effectiveProfile(profile, options))
      : null;
    const r = await write(async () => {
      if (apply && plan) return apply(plan);
      const done = await host.applyEdits(edits);
      return { ...done, spansSkipped: 0, notSet: [] as LayoutGap[] };
    });
    if (!r.ok) return;
    if (apply) setCanUndo(true);
    setOutcome({
      applied: r.value.applied,
      stale: r.value.stale.length,
      fallback: options.fallbackFonts === true,
      gaps: r.value.notSet,
      spansSkipped: r.value.spansSkipped,
    });
    // Show what is left (the skipped paragraphs, if any) with the document as it is now.
    await refresh();
  };

  const onUndo = async () => {
    const undo = host.undoLayout?.bind(host);
    if (!undo) return;
    setOutcome(null);
    const r = await write(() => undo());
    if (!r.ok) return;
    setCanUndo(false);
    setUndone(r.value ?? "none");
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
        {host.undoLayout ? (
          <Button
            icon={<ArrowUndoRegular />}
            size="small"
            onClick={() => void onUndo()}
            disabled={busy || !canUndo}
            data-testid="layout-undo"
          >
            {t("undo")}
          </Button>
        ) : null}
        <Busy busy={reader.busy && !writer.busy} label={t("reading")} />
        <Busy busy={writer.busy} label={t("applying")} />
      </div>
      <LayoutProfiles
        settings={host.userSettings}
        profile={profile}
        onProfile={(p) => {
          setProfile(p);
          setOutcome(null);
        }}
        disabled={writer.busy}
      />
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
          <LayoutGaps
            gaps={outcome.gaps}
            host={host.name}
            lineSpacingPt={options.lineSpacing ?? profile.lineSpacingPt}
            spansSkipped={outcome.spansSkipped}
          />
        </div>
      ) : null}
      {undone ? (
        <div data-testid="layout-undo-result" role="status">
          <NoticeBar intent={undone !== "none" && undone.skipped > 0 ? "warning" : "success"}>
            {undone === "none" ? (
              <div>{t("undo.none")}</div>
            ) : (
              <>
                <div>{t("undo.done", { count: undone.restored })}</div>
                {undone.skipped > 0 ? <div>{t("undo.skipped", { count: undone.skipped })}</div> : null}
              </>
            )}
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
