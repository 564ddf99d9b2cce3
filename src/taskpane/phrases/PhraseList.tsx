/**
 * The results of the 短语 tab: a listbox driven by the search box (aria-activedescendant). A click
 * makes a row active, a double click inserts it. A term's row shows its explanation and offers
 * 插入释义 (for the mouse; the keyboard has Shift+Enter and the detail's 插入释义 button, so the row
 * holds no focusable control: an option's content is presentational).
 */
import * as React from "react";
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { StarFilled } from "@fluentui/react-icons";
import type { SearchResult } from "../../core/search";
import { resolveYearTokens } from "../../core/year-items";
import type { YearData } from "../../core/year-data";
import type { Snippet } from "../../genre/snippet-schema";
import { phrasesText as t } from "../../i18n/messages/phrases";
import { hasExplanation, type InsertPart } from "./insert";
import { categoryLabel } from "./labels";

const useStyles = makeStyles({
  list: {
    maxHeight: "300px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    outline: "none",
  },
  option: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  optionActive: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  optionTitle: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  optionLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  optionText: {
    flexGrow: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  termNote: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  rowAction: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
});

export interface PhraseListProps {
  results: readonly SearchResult[];
  activeIndex: number;
  ownIds: ReadonlySet<string>;
  listboxId: string;
  optionId(i: number): string;
  listRef: React.Ref<HTMLDivElement>;
  /** A row was clicked: make it active (and give the focus back to the search box). */
  onActivate(i: number): void;
  onInsert(s: Snippet, part: InsertPart): void;
  /** The report's year: {{plenum}} and the other year tokens show resolved for it (null: 【请填写…】). */
  year?: number | null;
  /** With an organisation's year rows. */
  yearData?: YearData;
}

export function PhraseList(props: PhraseListProps): React.JSX.Element {
  const { results, activeIndex, ownIds, optionId, onActivate, onInsert } = props;
  const styles = useStyles();
  return (
    <div
      ref={props.listRef}
      id={props.listboxId}
      role="listbox"
      aria-label={t("results.label")}
      className={styles.list}
      hidden={results.length === 0}
      data-testid="phrase-list"
    >
      {results.map((r, i) => {
        const s = r.snippet;
        const own = ownIds.has(s.id);
        const term = hasExplanation(s);
        return (
          <div
            key={s.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            data-index={i}
            data-testid="phrase-option"
            className={mergeClasses(styles.option, i === activeIndex && styles.optionActive)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onActivate(i)}
            onDoubleClick={() => onInsert(s, "main")}
          >
            <div className={styles.optionTitle}>
              {r.favourite ? <StarFilled aria-label={t("results.favourite")} /> : null}
              <span>{s.title}</span>
              {term && s.term !== s.title ? (
                <span className={styles.termNote}>{t("results.insertsTerm", { term: s.term ?? "" })}</span>
              ) : null}
              {own ? (
                <Badge size="small" appearance="tint" color="success">
                  {t("results.own")}
                </Badge>
              ) : null}
              {r.recent && !r.favourite ? (
                <Badge size="small" appearance="outline" color="informative">
                  {t("results.recent")}
                </Badge>
              ) : null}
            </div>
            <div className={styles.optionLine}>
              <div className={styles.optionText} data-testid="phrase-option-text">
                {categoryLabel(s.category)} ·{" "}
                {term
                  ? t("results.explanation", { text: resolveYearTokens(s.text, props.year, props.yearData) })
                  : resolveYearTokens(s.text, props.year, props.yearData)}
              </div>
              {term ? (
                <span
                  className={styles.rowAction}
                  aria-hidden="true"
                  title={t("action.insertExplanationHint")}
                  data-testid="phrase-option-explanation"
                  onClick={(e) => {
                    e.stopPropagation();
                    onActivate(i);
                    onInsert(s, "explanation");
                  }}
                  onDoubleClick={(e) => e.stopPropagation()}
                >
                  {t("action.insertExplanation")}
                </span>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
