/**
 * One finding: its excerpt in context, its explanation and source, and its actions (修正, 忽略). The
 * main button selects the exact text in the document; everything is a real button (keyboard and
 * screen readers), labelled with severity, place and message.
 */
import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/findings";
import { pick } from "../../i18n";
import { checkText } from "../../i18n/messages/check";
import type { RuleMeta } from "./engine";
import { findingKey } from "./view";

/** Characters of context shown on each side of the excerpt. */
const CONTEXT = 10;
/** Longest excerpt shown in full. */
const MAX_EXCERPT = 40;

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    textAlign: "start",
    width: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  excerpt: { fontSize: tokens.fontSizeBase300, wordBreak: "break-all" },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 1px",
  },
  message: { fontSize: tokens.fontSizeBase300 },
  source: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
    paddingLeft: tokens.spacingHorizontalXS,
  },
  fixPreview: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * The 依据 line: a source that starts with its own label (实务：…, 规范表述：…, Practice: …) puts the label
 * after the text, so that the line never reads 依据：实务：….
 */
export function sourceLine(source: string): string {
  const m = /^([^：:]{1,20})[：:]\s*(.+)$/.exec(source);
  if (m && !/\d/.test(m[1])) return checkText("finding.sourceKind", { source: m[2], kind: m[1] });
  return checkText("finding.source", { source });
}

export function severityLabel(s: Severity): string {
  return checkText(`severity.${s}`);
}

function shorten(s: string): string {
  return s.length > MAX_EXCERPT ? s.slice(0, MAX_EXCERPT - 1) + "…" : s;
}

/** The finding's own span of its paragraph (the excerpt may carry context around a short span). */
function spanText(f: Finding): string {
  return f.expected !== null && f.paragraph !== null
    ? f.expected.slice(f.offset, f.offset + f.length)
    : f.excerpt;
}

/** The excerpt with a little of its paragraph around it. */
function ExcerptInContext(props: {
  finding: Finding;
  className: string;
  markClass: string;
}): React.JSX.Element {
  const { finding: f } = props;
  const text = f.expected ?? "";
  if (f.paragraph === null || !text) {
    return <span className={props.className}>{f.excerpt ? `“${shorten(f.excerpt)}”` : null}</span>;
  }
  const start = Math.max(0, Math.min(f.offset, text.length));
  const end = Math.max(start, Math.min(f.offset + f.length, text.length));
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  const excerpt = text.slice(start, end);
  return (
    <span className={props.className} data-testid="finding-excerpt">
      {start - CONTEXT > 0 ? "…" : ""}
      {before}
      {/* An empty span (a missing mark) still shows where it is. */}
      <mark className={props.markClass}>{excerpt ? shorten(excerpt) : "\u2038"}</mark>
      {after}
      {end + CONTEXT < text.length ? "…" : ""}
    </span>
  );
}

export interface FindingItemProps {
  finding: Finding;
  meta: RuleMeta | undefined;
  busy: boolean;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
  onIgnore(f: Finding): void;
}

export function FindingItem(props: FindingItemProps): React.JSX.Element {
  const { finding: f, meta, busy } = props;
  const styles = useStyles();
  const message = pick(f.message);
  const where =
    f.paragraph === null
      ? checkText("finding.document")
      : checkText("finding.paragraph", { n: f.paragraph + 1 });
  const label = checkText("finding.label", {
    severity: severityLabel(f.severity),
    paragraph: where,
    message,
  });
  const sourceText = meta ? pick(meta.source) || checkText(`source.${meta.sourceKind}`) : "";
  const fixPreview = !f.fix
    ? null
    : f.fix.replacement === ""
      ? checkText("finding.fixDelete", { excerpt: shorten(spanText(f)) })
      : f.length === 0
        ? checkText("finding.fixInsert", { replacement: shorten(f.fix.replacement) })
        : checkText("finding.fixPreview", { replacement: shorten(f.fix.replacement) });

  const content = (
    <>
      <span className={styles.head}>
        <Badge appearance="tint" color={BADGE_COLOR[f.severity]} size="small">
          {severityLabel(f.severity)}
        </Badge>
        <span className={styles.where}>{where}</span>
      </span>
      <ExcerptInContext finding={f} className={styles.excerpt} markClass={styles.mark} />
      <span className={styles.message}>{message}</span>
    </>
  );

  return (
    <li
      className={styles.item}
      data-testid="finding"
      data-key={findingKey(f)}
      data-rule={f.rule}
      data-severity={f.severity}
    >
      {f.paragraph === null ? (
        <div className={mergeClasses(styles.main, styles.static)}>{content}</div>
      ) : (
        <button type="button" className={styles.main} title={label} onClick={() => props.onSelect(f)}>
          {content}
        </button>
      )}
      {sourceText ? <div className={styles.source}>{sourceLine(sourceText)}</div> : null}
      <div className={styles.actions}>
        {f.fix && f.paragraph !== null ? (
          <>
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={() => props.onFix(f)}
              aria-label={checkText("action.fixLabel", { preview: fixPreview ?? "" })}
            >
              {checkText("action.fix")}
            </Button>
            <span className={styles.fixPreview}>{fixPreview}</span>
          </>
        ) : null}
        <Button size="small" disabled={busy} onClick={() => props.onIgnore(f)}>
          {checkText("action.ignore")}
        </Button>
      </div>
    </li>
  );
}
