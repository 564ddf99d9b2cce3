/**
 * The report's kind and year: what the check detected, and a choice to override it (kept in the
 * document's settings). "Detect" (the empty choice) goes back to detection.
 */
import * as React from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { REPORT_KINDS } from "../../core/rules/types";
import { checkText } from "../../i18n/messages/check";
import { parseYearInput, type DocCheckSettings } from "./settings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-start" },
  kind: { flexGrow: 1, minWidth: "160px", maxWidth: "100%" },
  year: { width: "120px" },
  detected: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
});

export function kindLabel(kind: string | null): string {
  if (!kind) return checkText("detect.unknown");
  return (REPORT_KINDS as readonly string[]).includes(kind)
    ? checkText(`kind.${kind as (typeof REPORT_KINDS)[number]}`)
    : kind;
}

export function yearLabel(year: number | null): string {
  return year === null ? checkText("detect.unknown") : checkText("detect.yearValue", { year });
}

export interface KindYearProps {
  doc: DocCheckSettings;
  /** What the last check detected (null before any check). */
  detected: { kind: string | null; year: number | null } | null;
  busy: boolean;
  onChange(next: DocCheckSettings): void;
}

export function KindYear(props: KindYearProps): React.JSX.Element {
  const { doc, detected, busy } = props;
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
          {checkText("detect.detected", { kind: kindLabel(detected.kind), year: yearLabel(detected.year) })}
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
                ? checkText("detect.autoKind", { kind: kindLabel(detected.kind) })
                : checkText("detect.auto")}
            </option>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={checkText("detect.year")}
          className={styles.year}
          size="small"
          validationState={yearError ? "error" : "none"}
          validationMessage={yearError ? checkText("detect.yearInvalid") : undefined}
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
