/**
 * 审阅 in the 检查 tab (issue 13): insert the findings as comments and remove the add-in's comments
 * again (批注模式), fix as tracked changes (以修订方式修正), and compare with last year's report
 * (与上年报告比对: a file chosen here, findings `previous-*` listed with last year's paragraph).
 * Hosts without WordApi 1.4 show the first two disabled with one sentence why.
 */
import * as React from "react";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { CommentAddRegular, CommentDismissRegular, DocumentSearchRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/findings";
import { comparePrevious } from "../../core/previous";
import type { DocumentHost } from "../../host/host";
import { pick } from "../../i18n";
import { reviewText } from "../../i18n/messages/review";
import { ErrorBar } from "../components/ErrorBar";
import { useHostCall } from "../hooks/useHostCall";
import { commentsFor, fileBytes, readPreviousFile } from "./review";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0 },
  item: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  match: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  hidden: { display: "none" },
});

export interface ReviewOptionsProps {
  host: DocumentHost;
  /** The check's current findings (those not ignored). */
  findings: readonly Finding[];
  /** The report's year (detected or chosen), for the comparison with last year's. */
  year: number | null;
  tracked: boolean;
  onTracked(on: boolean): void;
  busy: boolean;
}

export function ReviewOptions(props: ReviewOptionsProps): React.JSX.Element {
  const { host, findings, year, tracked } = props;
  const styles = useStyles();
  const call = useHostCall();
  const busy = props.busy || call.busy;
  const supported = host.capabilities.review === true;
  const [note, setNote] = React.useState<string | null>(null);
  const [previous, setPrevious] = React.useState<{ file: string; findings: Finding[] } | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const insert = async () => {
    const all = [...findings, ...(previous?.findings ?? [])];
    if (all.length === 0) {
      setNote(reviewText("pane.noFindings"));
      return;
    }
    const r = await call.run(() => host.insertComments!(commentsFor(all)));
    if (r.ok)
      setNote(
        r.value.stale.length
          ? reviewText("pane.insertedStale", { count: r.value.inserted, stale: r.value.stale.length })
          : reviewText("pane.inserted", { count: r.value.inserted }),
      );
  };
  const remove = async () => {
    const r = await call.run(() => host.removeComments!());
    if (r.ok) setNote(reviewText("pane.removed", { count: r.value }));
  };
  const compare = async (file: File) => {
    setNote(null);
    const r = await call.run(async () => {
      const bytes = await fileBytes(file);
      const last = await readPreviousFile(file.name, bytes);
      if (!last) return null;
      const model = await host.readModel();
      return comparePrevious(model, last, { year });
    });
    if (!r.ok) {
      setPrevious(null);
      return;
    }
    if (r.value === null) setNote(reviewText("pane.previousType", { file: file.name }));
    else setPrevious({ file: file.name, findings: r.value });
  };

  return (
    <div className={styles.root} data-testid="review-options">
      <ErrorBar error={call.error} onDismiss={call.clearError} />
      {!supported ? (
        <p className={styles.note} data-testid="review-unsupported">
          {reviewText("pane.unsupported")}
        </p>
      ) : null}
      <div className={styles.row}>
        <Button
          icon={<CommentAddRegular />}
          disabled={!supported || busy}
          onClick={() => void insert()}
          data-testid="review-insert"
        >
          {reviewText("pane.insertComments")}
        </Button>
        <Button
          icon={<CommentDismissRegular />}
          disabled={!supported || busy}
          onClick={() => void remove()}
          data-testid="review-remove"
        >
          {reviewText("pane.removeComments")}
        </Button>
      </div>
      <Switch
        label={reviewText("pane.tracked")}
        checked={supported && tracked}
        disabled={!supported}
        onChange={(_e, d) => props.onTracked(d.checked)}
        data-testid="review-tracked"
      />
      {supported ? <p className={styles.note}>{reviewText("pane.trackedHint")}</p> : null}
      {note ? (
        <p className={styles.note} role="status" data-testid="review-note">
          {note}
        </p>
      ) : null}

      <p className={styles.note}>{reviewText("pane.previousHint")}</p>
      <div className={styles.row}>
        <Button
          icon={<DocumentSearchRegular />}
          disabled={busy}
          onClick={() => fileInput.current?.click()}
          data-testid="review-previous"
        >
          {reviewText("pane.previousOpen")}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".docx,.txt"
          aria-label={reviewText("pane.previous")}
          data-testid="review-previous-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void compare(file);
          }}
        />
      </div>
      {previous ? (
        <div aria-live="polite" data-testid="review-previous-result">
          <p className={styles.note}>
            {previous.findings.length === 0
              ? reviewText("pane.previousNone", { file: previous.file })
              : reviewText("pane.previousCount", { file: previous.file, count: previous.findings.length })}
          </p>
          <ul className={styles.list}>
            {previous.findings.map((f, i) => (
              <li key={i} className={styles.item} data-testid="previous-finding">
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() =>
                    void call.run(() =>
                      host.select({
                        paragraph: f.paragraph ?? 0,
                        offset: f.offset,
                        length: f.length,
                        expected: f.expected ?? undefined,
                      }),
                    )
                  }
                >
                  {pick(f.message)}
                </Button>
                {f.match ? (
                  <span className={styles.match}>
                    {reviewText("pane.previousMatch", {
                      paragraph: f.match.paragraph + 1,
                      text: f.match.text,
                    })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
