/**
 * The preview's document: one auto-sized textarea per paragraph over a mirror that paints the task
 * pane's selection (host.select) as a highlight, so every action of the pane shows here at once.
 * Enter splits a paragraph, Backspace at its start joins it to the previous one; the caret sets the
 * in-memory host's cursor.
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { Location, Paragraph } from "../core/model";
import { previewText } from "../i18n/messages/preview";
import type { PreviewDoc } from "./doc";
import { useDocStyles } from "./doc-styles";
import { ParagraphRow } from "./ParagraphRow";

/** Paragraph indexes whose text is new compared with the previous list (a multiset diff). */
function changedIndexes(before: readonly Paragraph[], after: readonly Paragraph[]): Set<number> {
  const pool = new Map<string, number>();
  for (const p of before) pool.set(p.text, (pool.get(p.text) ?? 0) + 1);
  const out = new Set<number>();
  after.forEach((p, i) => {
    const left = pool.get(p.text) ?? 0;
    if (left > 0) pool.set(p.text, left - 1);
    else out.add(i);
  });
  return out;
}

export function DocumentColumn({ doc }: { doc: PreviewDoc }): React.JSX.Element {
  const styles = useDocStyles();
  const snapshot = React.useSyncExternalStore(doc.subscribe, doc.getSnapshot, doc.getSnapshot);
  const { paragraphs, selection, change } = snapshot;

  // Flash what the task pane changed (not what the person types here).
  const localEdit = React.useRef(false);
  const previous = React.useRef(paragraphs);
  const [changed, setChanged] = React.useState<ReadonlySet<number>>(new Set());
  const flashTimer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  React.useEffect(() => {
    if (previous.current === paragraphs) return;
    const before = previous.current;
    previous.current = paragraphs;
    if (localEdit.current) {
      localEdit.current = false;
      return;
    }
    if (change !== "text") return;
    const diff = changedIndexes(before, paragraphs);
    if (diff.size === 0) return;
    setChanged(diff);
    if (flashTimer.current) clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setChanged(new Set()), 2000);
  }, [paragraphs, change]);
  React.useEffect(() => () => clearTimeout(flashTimer.current), []);

  // Each host selection gets a serial so that selecting the same place twice scrolls again.
  const serial = React.useRef(0);
  const lastSelection = React.useRef<Location | null>(null);
  if (selection !== lastSelection.current) {
    lastSelection.current = selection;
    serial.current++;
  }

  // Focus management after a split or a join.
  const areas = React.useRef(new Map<number, HTMLTextAreaElement>());
  const pendingFocus = React.useRef<{ index: number; caret: number } | null>(null);
  React.useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const el = areas.current.get(want.index);
    if (!el) return;
    pendingFocus.current = null;
    el.focus();
    el.setSelectionRange(want.caret, want.caret);
  });

  const registerArea = React.useCallback((index: number, el: HTMLTextAreaElement | null) => {
    if (el) areas.current.set(index, el);
    else areas.current.delete(index);
  }, []);

  const local = React.useCallback(
    (fn: () => void) => {
      const before = doc.getSnapshot();
      localEdit.current = true;
      fn();
      // Nothing changed (the same text again): no render will clear the flag.
      if (doc.getSnapshot() === before) localEdit.current = false;
    },
    [doc],
  );

  const onText = React.useCallback(
    (index: number, value: string) => {
      // Pasted line breaks become paragraphs, as in Word.
      const lines = value.split(/\r\n|\n|\r/);
      local(() => {
        doc.setText(index, lines[0]);
        for (let i = lines.length - 1; i >= 1; i--) doc.insertAfter(index, lines[i]);
      });
      if (lines.length > 1) {
        pendingFocus.current = { index: index + lines.length - 1, caret: lines[lines.length - 1].length };
      }
    },
    [doc, local],
  );
  const onSplit = React.useCallback(
    (index: number, before: string, after: string) => {
      local(() => {
        doc.setText(index, before);
        doc.insertAfter(index, after);
      });
      pendingFocus.current = { index: index + 1, caret: 0 };
    },
    [doc, local],
  );
  const onJoin = React.useCallback(
    (index: number) => {
      const all = doc.getSnapshot().paragraphs;
      const prev = all[index - 1]?.text ?? "";
      local(() => {
        doc.setText(index - 1, prev + (all[index]?.text ?? ""));
        doc.remove(index);
      });
      pendingFocus.current = { index: index - 1, caret: prev.length };
    },
    [doc, local],
  );
  const onAdd = React.useCallback(
    (index: number) => {
      local(() => doc.insertAfter(index, ""));
      pendingFocus.current = { index: index + 1, caret: 0 };
    },
    [doc, local],
  );
  const onRemove = React.useCallback((index: number) => local(() => doc.remove(index)), [doc, local]);
  const onCursor = React.useCallback((location: Location) => doc.setCursor(location), [doc]);

  return (
    <section className={styles.scroller} aria-labelledby="lz-doc-heading" data-testid="doc-column">
      <div className={styles.page}>
        <div className={styles.heading}>
          <h2 id="lz-doc-heading" className={styles.headingText}>
            {previewText("doc.heading", { count: paragraphs.length })}
          </h2>
          <Caption1 className={styles.hint}>{previewText("doc.hint")}</Caption1>
        </div>
        <div role="status" aria-live="polite" className="lz-visually-hidden" style={visuallyHidden}>
          {selection
            ? previewText("doc.selection", {
                n: selection.paragraph + 1,
                text: (paragraphs[selection.paragraph]?.text ?? "").slice(
                  selection.offset,
                  selection.offset + selection.length,
                ),
              })
            : ""}
        </div>
        <ol className={styles.list} aria-label={previewText("doc.label")}>
          {paragraphs.map((p, i) => (
            <ParagraphRow
              key={i}
              index={i}
              paragraph={p}
              selection={selection && selection.paragraph === i ? selection : null}
              selectionSerial={selection && selection.paragraph === i ? serial.current : 0}
              changed={changed.has(i)}
              onText={onText}
              onSplit={onSplit}
              onJoin={onJoin}
              onAdd={onAdd}
              onRemove={onRemove}
              onCursor={onCursor}
              registerArea={registerArea}
            />
          ))}
        </ol>
        <Button
          className={styles.addEnd}
          size="small"
          icon={<AddRegular />}
          onClick={() => onAdd(paragraphs.length - 1)}
          data-testid="doc-add-end"
        >
          {previewText("doc.addEnd")}
        </Button>
      </div>
    </section>
  );
}

const visuallyHidden: React.CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
