/**
 * The active phrase in full, with its actions: 插入 (a term: the term itself), 插入释义 (a term's
 * explanation), 收藏, and for the user's own phrases 编辑 and 删除.
 */
import * as React from "react";
import { Button, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import {
  DeleteRegular,
  EditRegular,
  StarFilled,
  StarRegular,
  TextAddRegular,
  TextDescriptionRegular,
} from "@fluentui/react-icons";
import { resolveYearTokens } from "../../core/year-items";
import type { YearData } from "../../core/year-data";
import type { Snippet } from "../../genre/snippet-schema";
import { phrasesText as t } from "../../i18n/messages/phrases";
import { hasExplanation, type InsertPart } from "./insert";

const useStyles = makeStyles({
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  detailText: { whiteSpace: "pre-wrap", lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PhraseDetailProps {
  snippet: Snippet;
  own: boolean;
  favourite: boolean;
  busy: boolean;
  onInsert(s: Snippet, part: InsertPart): void;
  onFavourite(s: Snippet): void;
  onEdit(s: Snippet): void;
  onDelete(s: Snippet): void;
  /** The report's year: year tokens show resolved for it (null: 【请填写…】). */
  year?: number | null;
  /** With an organisation's year rows. */
  yearData?: YearData;
}

export function PhraseDetail(props: PhraseDetailProps): React.JSX.Element {
  const { snippet: s, own, favourite: isFav, busy } = props;
  const styles = useStyles();
  const term = hasExplanation(s);
  return (
    <section className={styles.detail} aria-label={t("detail.label")} data-testid="phrase-detail">
      <Text weight="semibold">{s.title}</Text>
      {term ? (
        <Text size={200} className={styles.hint} data-testid="phrase-detail-term">
          {t("detail.term", { term: s.term ?? "" })}
        </Text>
      ) : null}
      <Text className={styles.detailText} data-testid="phrase-detail-text">
        {resolveYearTokens(s.text, props.year, props.yearData)}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<TextAddRegular />}
          disabled={busy}
          onClick={() => props.onInsert(s, "main")}
          data-testid="phrase-insert"
        >
          {t("action.insert")}
        </Button>
        {term ? (
          <Button
            icon={<TextDescriptionRegular />}
            disabled={busy}
            title={t("action.insertExplanationHint")}
            onClick={() => props.onInsert(s, "explanation")}
            data-testid="phrase-insert-explanation"
          >
            {t("action.insertExplanation")}
          </Button>
        ) : null}
        <ToggleButton
          checked={isFav}
          icon={isFav ? <StarFilled /> : <StarRegular />}
          onClick={() => props.onFavourite(s)}
          data-testid="phrase-favourite"
        >
          {isFav ? t("action.unfavourite") : t("action.favourite")}
        </ToggleButton>
        {own ? (
          <>
            <Button icon={<EditRegular />} onClick={() => props.onEdit(s)} data-testid="phrase-edit">
              {t("action.edit")}
            </Button>
            <Button icon={<DeleteRegular />} onClick={() => props.onDelete(s)} data-testid="phrase-delete">
              {t("action.delete")}
            </Button>
          </>
        ) : null}
      </div>
    </section>
  );
}
