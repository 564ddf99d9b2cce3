/** The ignored findings (kept in the document's settings) with 撤销忽略, and stale ignore records. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { IgnoreEntry, Partitioned } from "../../core/ignores";
import { pick } from "../../i18n";
import { checkText } from "../../i18n/messages/check";
import { ruleMeta } from "./engine";
import { severityLabel } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  item: {
    listStyleType: "none",
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  excerpt: { wordBreak: "break-all" },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorNeutralForeground3 },
  // 撤销忽略 stays on one line; the excerpt beside it wraps.
  action: { flexShrink: 0, whiteSpace: "nowrap" },
});

function ruleName(rule: string): string {
  const meta = ruleMeta(rule);
  return meta ? pick(meta.description) : rule;
}

export interface IgnoredListProps {
  parts: Partitioned;
  busy: boolean;
  onUnignore(entry: IgnoreEntry): void;
  onClearOrphans(): void;
}

export function IgnoredList(props: IgnoredListProps): React.JSX.Element {
  const { parts, busy } = props;
  const styles = useStyles();
  if (parts.ignored.length === 0 && parts.orphans.length === 0) {
    return <p className={styles.empty}>{checkText("ignored.empty")}</p>;
  }
  return (
    <div>
      <ul className={styles.list} data-testid="ignored-list">
        {parts.ignored.map(({ finding: f, entry }, i) => (
          <li key={`i${i}`} className={styles.item} data-testid="ignored">
            <span className={styles.text}>
              <span className={styles.excerpt}>{`“${entry.excerpt}”`}</span>
              <span className={styles.meta}>
                {`${severityLabel(f.severity)} · ${
                  f.paragraph === null
                    ? checkText("finding.document")
                    : checkText("finding.paragraph", { n: f.paragraph + 1 })
                } · ${pick(f.message)}`}
              </span>
            </span>
            <Button
              className={styles.action}
              size="small"
              disabled={busy}
              onClick={() => props.onUnignore(entry)}
              aria-label={checkText("action.unignoreLabel", { excerpt: entry.excerpt })}
            >
              {checkText("action.unignore")}
            </Button>
          </li>
        ))}
        {parts.orphans.map((entry, i) => (
          <li key={`o${i}`} className={styles.item} data-testid="ignored-orphan">
            <span className={styles.text}>
              <span className={styles.excerpt}>{`“${entry.excerpt}”`}</span>
              <span
                className={styles.meta}
              >{`${ruleName(entry.rule)} · ${checkText("ignored.orphan")}`}</span>
            </span>
            <Button size="small" disabled={busy} onClick={() => props.onUnignore(entry)}>
              {checkText("action.unignore")}
            </Button>
          </li>
        ))}
      </ul>
      {parts.orphans.length > 0 ? (
        <Button size="small" appearance="subtle" disabled={busy} onClick={props.onClearOrphans}>
          {checkText("ignored.clearOrphans", { count: parts.orphans.length })}
        </Button>
      ) : null}
    </div>
  );
}
