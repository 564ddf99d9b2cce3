/**
 * The 检查 tab: check the whole document (one read), list the findings by category with a severity
 * filter, select / fix / fix all / ignore, the outline with a badge on each section that has
 * findings, 检查并保存 (also run on open when the ribbon asked for it), the report's kind and year,
 * rule settings and rule packs, and the optional live mode.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  CheckmarkCircleRegular,
  DismissRegular,
  SaveRegular,
} from "@fluentui/react-icons";
import { pick } from "../../i18n";
import { checkText } from "../../i18n/messages/check";
import { paneText } from "../../i18n/messages/pane";
import { BusyOverlay } from "../components/Busy";
import { ErrorBar } from "../components/ErrorBar";
import { countByParagraph, sectionBadges } from "../outline/badges";
import { OutlineTree, headingLocation } from "../outline/OutlineTree";
import { usePaneContext } from "../shell/PaneContext";
import type { TabProps } from "../types";
import { ruleMeta } from "./engine";
import { FindingsList } from "./FindingsList";
import { IgnoredList } from "./IgnoredList";
import { KindYear } from "./KindYear";
import { RuleSettings } from "./RuleSettings";
import { ReviewOptions } from "./ReviewOptions";
import { reviewHost } from "./review";
import { reviewText } from "../../i18n/messages/review";
import { useCheck } from "./useCheck";
import { useDocumentWatch } from "./follow";
import { useDocumentRefresh } from "../hooks/useDocumentRefresh";
import { useClearOnLeave } from "../components/PaneLayout";
import { countSeverities } from "./view";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // The check button and what it just said stay in view while the findings scroll.
  top: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  summary: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Long themed headings (seed 001) ellipsize so that the badges stay in view.
  outline: {
    minWidth: 0,
    maxWidth: "100%",
    overflowX: "hidden",
    "& .fui-TreeItemLayout": { minWidth: 0 },
    "& .fui-TreeItemLayout__main": { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
  },
  clean: { margin: 0, color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function CheckTab(props: TabProps): React.JSX.Element {
  const { host, active: shown } = props;
  // Re-render on a locale change (the context carries it).
  const pane = usePaneContext();
  const styles = useStyles();
  // 以修订方式修正 (ReviewOptions): the tab's fixes go through a host whose applyEdits tracks changes.
  const [tracked, setTracked] = React.useState(false);
  const trackedRef = React.useRef(false);
  trackedRef.current = tracked;
  const checkHost = React.useMemo(() => reviewHost(host, () => trackedRef.current), [host]);
  const s = useCheck(checkHost);
  const busy = s.call.busy;
  // The list follows the document: when the tab is shown or the pane gets the focus back, one read tells
  // whether the findings still match (a different document or an edit makes them stale).
  useDocumentRefresh(host, shown, s.verify, { onParagraphsChanged: !s.user.live });
  // …and without them: Word's change events may never come (office-js #5400, #3864; follow.ts).
  useDocumentWatch(shown && typeof host.fingerprint === "function", s.watch);
  useClearOnLeave(shown, s.clearStatus);

  // The ribbon's 检查并保存 opens the pane with an action: run it once on open.
  const tookAction = React.useRef(false);
  const { checkAndSave } = s;
  React.useEffect(() => {
    if (tookAction.current) return;
    const action = pane.takeAction();
    if (action === "checkAndSave") {
      tookAction.current = true;
      void checkAndSave();
    }
  }, [pane, checkAndSave]);

  const active = s.parts.active;
  const counts = countSeverities(active);
  const structure = s.outcome?.structure ?? null;
  const badges = React.useMemo(
    () => (structure ? sectionBadges(structure, countByParagraph(active)) : undefined),
    [structure, active],
  );
  const wholeDocument = active.filter((f) => f.paragraph === null).length;
  const standardOff = (s.outcome?.disabledStandardRules ?? []).map((id) => {
    const meta = ruleMeta(id);
    return meta ? pick(meta.description) : id;
  });

  return (
    <div className={styles.root} role="region" aria-label={checkText("region")} data-testid="check-tab">
      <div className={styles.top}>
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            icon={s.outcome ? <ArrowClockwiseRegular /> : <CheckmarkCircleRegular />}
            disabled={busy}
            onClick={() => void s.check()}
            data-testid="check-run"
          >
            {s.outcome ? checkText("action.recheck") : checkText("action.check")}
          </Button>
          <Button
            icon={<SaveRegular />}
            disabled={busy}
            onClick={() => void s.checkAndSave()}
            data-testid="check-save"
          >
            {checkText("action.checkAndSave")}
          </Button>
          <BusyOverlay busy={busy} label={checkText("status.checking")} />
        </div>

        <ErrorBar error={s.call.error} onDismiss={s.call.clearError} />

        {s.saveBlocked !== null ? (
          <MessageBar intent="warning" layout="multiline" data-testid="save-blocked">
            <MessageBarBody>
              <MessageBarTitle>
                {checkText("status.saveBlocked.title", { count: s.saveBlocked })}
              </MessageBarTitle>
              {checkText("status.saveBlocked.body")}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                disabled={busy}
                onClick={() => void s.saveAnyway()}
                data-testid="save-anyway"
              >
                {checkText("action.saveAnyway")}
              </Button>
              <Button size="small" appearance="subtle" onClick={s.cancelSave}>
                {checkText("action.cancel")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}

        {s.status ? (
          <MessageBar intent={s.status.intent} layout="multiline" data-testid="check-status">
            <MessageBarBody>{s.status.text()}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={paneText("dismiss")}
                  icon={<DismissRegular />}
                  onClick={s.clearStatus}
                />
              }
            />
          </MessageBar>
        ) : null}

        {s.stale && s.outcome ? (
          <MessageBar intent="warning" layout="multiline" data-testid="check-stale">
            <MessageBarBody>{checkText("status.staleList")}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                disabled={busy}
                onClick={() => void s.check()}
                data-testid="check-stale-recheck"
              >
                {checkText("action.recheck")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </div>

      {standardOff.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="standard-off">
          <MessageBarBody>
            <MessageBarTitle>
              {checkText("rules.standardOff.title", { count: standardOff.length })}
            </MessageBarTitle>
            {checkText("rules.standardOff.body", { rules: standardOff.join(checkText("list.separator")) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <KindYear
        doc={s.doc}
        detected={s.outcome ? { kind: s.outcome.kind, year: s.outcome.year } : null}
        busy={busy}
        kinds={s.kinds}
        onChange={(next) => void s.updateDoc(next)}
      />

      <div aria-live="polite" data-testid="check-summary">
        {!s.outcome ? (
          <p className={styles.hint}>{checkText("status.notChecked")}</p>
        ) : active.length === 0 ? (
          <p className={styles.clean}>{checkText("status.clean")}</p>
        ) : (
          <p className={styles.summary}>
            {checkText("status.summary", {
              total: active.length,
              errors: counts.error,
              warnings: counts.warning,
              infos: counts.info,
            })}
            {s.parts.ignored.length > 0
              ? checkText("status.summaryIgnored", { count: s.parts.ignored.length })
              : ""}
          </p>
        )}
      </div>

      {s.outcome && active.length > 0 ? (
        <FindingsList
          findings={active}
          filter={s.filter}
          busy={busy}
          onFilter={s.setFilter}
          onSelect={(f) => void s.select(f)}
          onFix={(f) => void s.fix(f)}
          onFixAll={(rule) => void s.fixAll(rule)}
          onIgnore={(f) => void s.ignore(f)}
          onIgnoreAll={(list) => void s.ignoreAll(list)}
        />
      ) : null}

      <Accordion multiple collapsible defaultOpenItems={["outline"]}>
        {structure ? (
          <AccordionItem value="outline">
            <AccordionHeader size="small">{checkText("outline.title")}</AccordionHeader>
            <AccordionPanel>
              {structure.roots.length > 0 ? (
                <div className={styles.outline} data-testid="check-outline">
                  <OutlineTree
                    structure={structure}
                    badges={badges}
                    aria-label={checkText("outline.title")}
                    onActivate={(h) => void s.call.run(() => host.select(headingLocation(h)))}
                  />
                </div>
              ) : (
                <p className={styles.hint}>{checkText("outline.none")}</p>
              )}
              {wholeDocument > 0 ? (
                <p className={styles.summary}>
                  {checkText("outline.documentLevel", { count: wholeDocument })}
                </p>
              ) : null}
            </AccordionPanel>
          </AccordionItem>
        ) : null}
        <AccordionItem value="review">
          <AccordionHeader size="small" data-testid="review-header">
            {reviewText("pane.title")}
          </AccordionHeader>
          <AccordionPanel>
            <ReviewOptions
              host={host}
              findings={active}
              year={s.outcome?.year ?? null}
              tracked={tracked}
              onTracked={setTracked}
              busy={busy}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="ignored">
          <AccordionHeader size="small" data-testid="ignored-header">
            {checkText("ignored.title", { count: s.parts.ignored.length + s.parts.orphans.length })}
          </AccordionHeader>
          <AccordionPanel>
            <IgnoredList
              parts={s.parts}
              busy={busy}
              onUnignore={(e) => void s.unignore(e)}
              onClearOrphans={() => void s.clearOrphans()}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rules">
          <AccordionHeader size="small" data-testid="rules-header">
            {checkText("rules.title")}
          </AccordionHeader>
          <AccordionPanel>
            <RuleSettings host={host} user={s.user} busy={busy} update={s.updateUser} report={s.setStatus} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
