/**
 * Findings grouped by category with counts, a severity filter, 全部修正 and 全部忽略 per rule, and the
 * many findings of one rule (seed 001's 31 placeholders) bundled in one row until expanded.
 */
import * as React from "react";
import { Badge, Button, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { pick } from "../../i18n";
import { checkText } from "../../i18n/messages/check";
import { ruleMeta } from "./engine";
import { FindingItem, severityLabel } from "./FindingItem";
import {
  SEVERITIES,
  countSeverities,
  findingKey,
  findingsByRule,
  fixableByRule,
  groupByCategory,
  listEntries,
  type SeverityFilter,
} from "./view";

const useStyles = makeStyles({
  filter: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  group: { marginTop: tokens.spacingVerticalM },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  fixAll: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    marginTop: tokens.spacingVerticalXS,
    // Long rule names wrap inside the button at 320 px instead of being cut mid-word.
    "& > button": {
      maxWidth: "100%",
      minWidth: 0,
      height: "auto",
      whiteSpace: "normal",
      overflowWrap: "anywhere",
      textAlign: "start",
      justifyContent: "flex-start",
    },
  },
  list: { margin: 0, padding: 0 },
  bundle: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  bundleHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  bundleExcerpts: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
  },
});

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
/** Excerpts quoted in a bundle row. */
const BUNDLE_EXCERPTS = 4;

export interface FindingsListProps {
  findings: readonly Finding[];
  filter: SeverityFilter;
  busy: boolean;
  onFilter(f: SeverityFilter): void;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
  onFixAll(rule: string): void;
  onIgnore(f: Finding): void;
  /** Ignore every one of these findings (全部忽略 of one rule in one category). */
  onIgnoreAll(findings: Finding[]): void;
}

/** Findings shown per category before 显示更多 (a long report can have hundreds). */
const PAGE_SIZE = 50;

export function FindingsList(props: FindingsListProps): React.JSX.Element {
  const { findings, filter, busy } = props;
  const styles = useStyles();
  const counts = countSeverities(findings);
  const groups = groupByCategory(findings, filter);
  const options: SeverityFilter[] = ["all", ...SEVERITIES];
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set());

  // Keyboard users: after 修正 or 忽略 removes the focused finding, focus the finding now in its place.
  const root = React.useRef<HTMLDivElement>(null);
  const focusIndex = React.useRef<number | null>(null);
  const remember = (f: Finding): void => {
    const items = root.current ? [...root.current.querySelectorAll("[data-testid=finding]")] : [];
    const i = items.findIndex((el) => el.getAttribute("data-key") === findingKey(f));
    focusIndex.current = i >= 0 ? i : null;
  };
  React.useEffect(() => {
    const i = focusIndex.current;
    const active = document.activeElement;
    if (i === null || !root.current) return;
    if (active && active !== document.body && root.current.contains(active)) return;
    const items = root.current.querySelectorAll<HTMLElement>("[data-testid=finding] > button");
    if (items.length === 0) return;
    focusIndex.current = null;
    items[Math.min(i, items.length - 1)].focus();
  }, [findings]);

  return (
    <div ref={root}>
      <div role="group" aria-label={checkText("filter.label")} className={styles.filter}>
        {options.map((o) => {
          const n = o === "all" ? findings.length : counts[o];
          const label = o === "all" ? checkText("filter.all") : severityLabel(o);
          return (
            <ToggleButton
              key={o}
              size="small"
              checked={filter === o}
              aria-pressed={filter === o}
              onClick={() => props.onFilter(o)}
              data-testid={`filter-${o}`}
            >
              {`${label} ${n}`}
            </ToggleButton>
          );
        })}
      </div>
      {groups.map((g) => {
        const title = checkText(`category.${g.category}`);
        const fixables = fixableByRule(g.findings);
        const ignorables = findingsByRule(g.findings);
        const entries = listEntries(g.findings, expanded);
        const limit = shown[g.category] ?? PAGE_SIZE;
        const headingId = `check-group-${g.category}`;
        return (
          <section
            key={g.category}
            className={styles.group}
            aria-labelledby={headingId}
            data-testid={`group-${g.category}`}
          >
            <h3 id={headingId} className={styles.groupTitle}>
              {checkText("category.count", { category: title, count: g.findings.length })}
            </h3>
            {fixables.size > 0 || ignorables.size > 0 ? (
              <div className={styles.fixAll}>
                {[...fixables].map(([rule, list]) => {
                  const meta = ruleMeta(rule);
                  const name = meta ? pick(meta.description) : rule;
                  return (
                    <Button
                      key={rule}
                      size="small"
                      disabled={busy}
                      onClick={() => props.onFixAll(rule)}
                      title={checkText("action.fixAllLabel", { rule: name, count: list.length })}
                      data-testid={`fix-all-${rule}`}
                    >
                      {checkText("action.fixAll", { count: list.length, rule: shorten(name) })}
                    </Button>
                  );
                })}
                {[...ignorables].map(([rule, list]) => {
                  const meta = ruleMeta(rule);
                  const name = meta ? pick(meta.description) : rule;
                  return (
                    <Button
                      key={`ignore-${rule}`}
                      size="small"
                      appearance="subtle"
                      disabled={busy}
                      onClick={() => {
                        focusIndex.current = null;
                        props.onIgnoreAll(list);
                      }}
                      title={checkText("action.ignoreAllLabel", { rule: name, count: list.length })}
                      data-testid={`ignore-all-${rule}`}
                    >
                      {checkText("action.ignoreAll", { count: list.length, rule: shorten(name) })}
                    </Button>
                  );
                })}
              </div>
            ) : null}
            <ul className={styles.list} aria-labelledby={headingId}>
              {entries.slice(0, limit).map((entry) => {
                if (entry.kind === "bundle") {
                  const meta = ruleMeta(entry.rule);
                  const name = meta ? pick(meta.description) : entry.rule;
                  const worst = entry.findings.reduce(
                    (w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w),
                    entry.findings[0].severity,
                  );
                  const excerpts = entry.findings
                    .slice(0, BUNDLE_EXCERPTS)
                    .map((f) => `“${f.excerpt}”`)
                    .join(checkText("list.separator"));
                  return (
                    <li
                      key={entry.key}
                      className={styles.bundle}
                      data-testid={`bundle-${entry.rule}`}
                      data-rule={entry.rule}
                    >
                      <span className={styles.bundleHead}>
                        <Badge appearance="tint" color={BADGE_COLOR[worst]} size="small">
                          {severityLabel(worst)}
                        </Badge>
                        <span>{checkText("bundle.title", { rule: name, count: entry.findings.length })}</span>
                      </span>
                      <span className={styles.bundleExcerpts}>
                        {entry.findings.length > BUNDLE_EXCERPTS
                          ? checkText("bundle.excerptsMore", { excerpts })
                          : excerpts}
                      </span>
                      <span>
                        <Button
                          size="small"
                          data-testid={`expand-${entry.rule}`}
                          onClick={() => setExpanded((prev) => new Set([...prev, entry.rule]))}
                        >
                          {checkText("bundle.expand", { count: entry.findings.length })}
                        </Button>
                      </span>
                    </li>
                  );
                }
                const f = entry.finding;
                return (
                  <FindingItem
                    key={entry.key}
                    finding={f}
                    meta={ruleMeta(f.rule)}
                    busy={busy}
                    onSelect={props.onSelect}
                    onFix={(x) => {
                      remember(x);
                      props.onFix(x);
                    }}
                    onIgnore={(x) => {
                      remember(x);
                      props.onIgnore(x);
                    }}
                  />
                );
              })}
            </ul>
            {entries.length > limit ? (
              <Button
                size="small"
                appearance="subtle"
                data-testid={`show-more-${g.category}`}
                onClick={() => setShown((prev) => ({ ...prev, [g.category]: entries.length }))}
              >
                {checkText("list.showMore", { count: entries.length - limit })}
              </Button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function shorten(s: string): string {
  return s.length > 16 ? s.slice(0, 15) + "…" : s;
}
