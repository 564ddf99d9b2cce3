/**
 * The report's kind and year: what the check detected, and a choice to override it (kept in the
 * document's settings). "Detect" (the empty choice) goes back to detection.
 */
import { MAX_YEAR, MIN_YEAR } from "../../terms";
import * as React from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { KindRegistry } from "../../core/kinds";
import { kindName } from "../kinds";
import { checkText } from "../../i18n/messages/check";
import { parseYearInput, type DocCheckSettings } from "./settings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-start" },
  // The kind box takes the room left and never pushes the pane wider: a long (English) option is cut with
  // … in the closed box and shown whole in the open list.
  kind: {
    flex: "1 1 160px",
    minWidth: 0,
    maxWidth: "100%",
    "& .fui-Select": { minWidth: 0, maxWidth: "100%" },
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  },
  year: { width: "120px", maxWidth: "100%" },
  detected: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
});

function kindLabel(kind: string | null, kinds: KindRegistry): string {
  return kind ? kindName(kinds, kind) : checkText("detect.unknown");
}

function yearLabel(year: number | null): string {
  return year === null ? checkText("detect.unknown") : checkText("detect.yearValue", { year });
}

export interface KindYearProps {
  doc: DocCheckSettings;
  /** What the last check detected (null before any check). */
  detected: { kind: string | null; year: number | null } | null;
  busy: boolean;
  /** The kinds to offer (built-in and the organisation's). */
  kinds: KindRegistry;
  onChange(next: DocCheckSettings): void;
}

export function KindYear(props: KindYearProps): React.JSX.Element {
  const { doc, detected, busy, kinds } = props;
  const styles = useStyles();
  const [yearText, setYearText] = React.useState(doc.year === null ? "" : String(doc.year));
  const [yearError, setYearError] = React.useState(false);
  React.useEffect(() => setYearText(doc.year === null ? "" : String(doc.year)), [doc.year]);

  const commitYear = (): void => {
    const r = parseYearInput(yearText);
    if (!r.ok) {
      setYearError(true);
      return;
    }
    setYearError(false);
    if (r.year !== doc.year) props.onChange({ ...doc, year: r.year });
  };

  return (
    <div data-testid="kind-year">
      {detected ? (
        <p className={styles.detected} data-testid="detected">
          {checkText("detect.detected", {
            kind: kindLabel(detected.kind, kinds),
            year: yearLabel(detected.year),
          })}
        </p>
      ) : null}
      <div className={styles.row}>
        <Field label={checkText("detect.kind")} className={styles.kind} size="small">
          <Select
            size="small"
            value={doc.kind ?? ""}
            disabled={busy}
            onChange={(_e, data) => props.onChange({ ...doc, kind: data.value || null })}
          >
            <option value="">
              {detected
                ? checkText("detect.autoKind", { kind: kindLabel(detected.kind, kinds) })
                : checkText("detect.auto")}
            </option>
            {kinds.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {kindLabel(k.id, kinds)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={checkText("detect.year")}
          className={styles.year}
          size="small"
          validationState={yearError ? "error" : "none"}
          validationMessage={
            yearError ? checkText("detect.yearInvalid", { min: MIN_YEAR, max: MAX_YEAR }) : undefined
          }
        >
          <Input
            size="small"
            inputMode="numeric"
            value={yearText}
            disabled={busy}
            placeholder={
              detected && detected.year !== null
                ? checkText("detect.autoYear", { year: detected.year })
                : checkText("detect.auto")
            }
            onChange={(_e, data) => setYearText(data.value)}
            onBlur={commitYear}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitYear();
            }}
          />
        </Field>
      </div>
    </div>
  );
}
