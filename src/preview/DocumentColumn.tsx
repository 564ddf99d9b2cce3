/**
 * The preview's document: one auto-sized textarea per paragraph over a mirror that paints the task
 * pane's selection (host.select) as a highlight, so every action of the pane shows here at once.
 * Enter splits a paragraph, Backspace at its start joins it to the previous one; the caret sets the
 * in-memory host's cursor.
 */
import * as React from "react";
import { Button, Caption1, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Location, Paragraph } from "../core/model";
import { previewText } from "../i18n/messages/preview";
import type { PreviewDoc } from "./doc";

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
  },
  page: {
    maxWidth: "760px",
    margin: "0 auto",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusSmall,
    padding: "48px 56px 64px 40px",
    boxSizing: "border-box",
    minHeight: "100%",
  },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalM,
    paddingLeft: "16px",
  },
  headingText: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "28px minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    ":hover .lz-row-actions": { opacity: 1 },
    ":focus-within .lz-row-actions": { opacity: 1 },
  },
  gutter: {
    color: tokens.colorNeutralForeground4,
    fontSize: tokens.fontSizeBase100,
    textAlign: "right",
    paddingTop: "6px",
    userSelect: "none",
    fontVariantNumeric: "tabular-nums",
  },
  style: {
    display: "block",
    fontSize: "10px",
    color: tokens.colorBrandForeground2,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  box: {
    position: "relative",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-within": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // The mirror and the textarea must share every metric so the highlight sits under the text.
  text: {
    fontFamily: '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "FangSong", serif',
    fontSize: "16px",
    lineHeight: "1.75",
    letterSpacing: "0",
    padding: "2px 6px",
    margin: 0,
    border: "none",
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    wordBreak: "normal",
    boxSizing: "border-box",
    width: "100%",
  },
  mirror: { color: "transparent", minHeight: "1.75em" },
  area: {
    position: "absolute",
    inset: 0,
    height: "100%",
    resize: "none",
    overflow: "hidden",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    outlineStyle: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "0" },
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: "transparent",
    borderRadius: "2px",
    boxShadow: `0 0 0 1px ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  changed: {
    animationName: { from: { backgroundColor: tokens.colorPaletteLightGreenBackground2 }, to: {} },
    animationDuration: "2s",
  },
  actions: {
    display: "flex",
    opacity: 0,
    transitionProperty: "opacity",
    transitionDuration: tokens.durationFaster,
  },
  addEnd: { marginTop: tokens.spacingVerticalM, marginLeft: "28px" },
  hei: { fontFamily: '"Noto Sans CJK SC", "Source Han Sans SC", "SimHei", sans-serif' },
  kai: { fontFamily: '"Noto Serif CJK SC", "KaiTi", "STKaiti", serif' },
  bold: { fontWeight: tokens.fontWeightBold },
});

/** How a paragraph's format facts show in the preview (so the 排版 tab's work is visible). */
function paragraphLook(
  p: Paragraph,
  styles: ReturnType<typeof useStyles>,
): { className: string; style: React.CSSProperties } {
  const classes: string[] = [];
  const font = p.fontName ?? "";
  if (/黑|hei|sans/i.test(font)) classes.push(styles.hei);
  else if (/楷|kai/i.test(font)) classes.push(styles.kai);
  if (p.bold) classes.push(styles.bold);
  const style: React.CSSProperties = {};
  if (p.alignment) {
    style.textAlign =
      p.alignment === "centered"
        ? "center"
        : p.alignment === "distributed" || p.alignment === "justified"
          ? "justify"
          : p.alignment;
  }
  // 16 pt (三号) is the body size: shown as 16 px; other sizes scale with it.
  if (p.fontSize) style.fontSize = `${Math.round(p.fontSize * 10) / 10}px`;
  if (p.firstLineIndent) style.textIndent = `${p.firstLineIndent}px`;
  if (p.leftIndent) style.paddingLeft = `${6 + p.leftIndent}px`;
  if (p.lineSpacing) style.lineHeight = `${Math.round(p.lineSpacing * 100) / 100}px`;
  return { className: classes.join(" "), style };
}

interface ParagraphRowProps {
  index: number;
  paragraph: Paragraph;
  /** The part of this paragraph the task pane selected, if any. */
  selection: Location | null;
  /** Bumped on every new host selection, to scroll it into view again. */
  selectionSerial: number;
  changed: boolean;
  onText(index: number, text: string): void;
  onSplit(index: number, before: string, after: string): void;
  onJoin(index: number): void;
  onAdd(index: number): void;
  onRemove(index: number): void;
  onCursor(location: Location): void;
  registerArea(index: number, el: HTMLTextAreaElement | null): void;
}

const ParagraphRow = React.memo(function ParagraphRow(props: ParagraphRowProps): React.JSX.Element {
  const { index, paragraph, selection, selectionSerial, changed } = props;
  const styles = useStyles();
  const markRef = React.useRef<HTMLElement>(null);
  const n = index + 1;
  const look = paragraphLook(paragraph, styles);
  const text = paragraph.text;

  React.useEffect(() => {
    if (selection && markRef.current && typeof markRef.current.scrollIntoView === "function") {
      markRef.current.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }, [selection, selectionSerial]);

  let mirror: React.ReactNode = text;
  if (selection) {
    const start = Math.min(selection.offset, text.length);
    const end = Math.min(selection.offset + selection.length, text.length);
    mirror = (
      <>
        {text.slice(0, start)}
        <mark
          ref={markRef}
          className={styles.mark}
          data-testid="doc-selection"
          data-paragraph={index}
          data-offset={start}
          data-length={end - start}
        >
          {text.slice(start, end) || "\u200b"}
        </mark>
        {text.slice(end)}
      </>
    );
  }

  const reportCursor = (el: HTMLTextAreaElement): void => {
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? start;
    props.onCursor({ paragraph: index, offset: start, length: Math.max(0, end - start) });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.nativeEvent.isComposing) return;
    const el = e.currentTarget;
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      props.onSplit(index, text.slice(0, el.selectionStart), text.slice(el.selectionEnd));
    } else if (e.key === "Backspace" && index > 0 && el.selectionStart === 0 && el.selectionEnd === 0) {
      e.preventDefault();
      props.onJoin(index);
    }
  };

  return (
    <li
      className={mergeClasses(styles.row, changed && styles.changed)}
      data-testid="doc-paragraph"
      data-index={index}
    >
      <div className={styles.gutter} aria-hidden="true">
        {n}
        {paragraph.style ? <span className={styles.style}>{paragraph.style}</span> : null}
      </div>
      <div className={styles.box}>
        <div
          className={mergeClasses(styles.text, styles.mirror, look.className)}
          style={look.style}
          aria-hidden="true"
        >
          {mirror}
          {"\u200b"}
        </div>
        <textarea
          ref={(el) => props.registerArea(index, el)}
          className={mergeClasses(styles.text, styles.area, look.className)}
          style={look.style}
          value={text}
          rows={1}
          spellCheck={false}
          aria-label={previewText("doc.paragraph", { n })}
          data-testid={`doc-text-${index}`}
          data-font={paragraph.fontName}
          onChange={(e) => props.onText(index, e.currentTarget.value)}
          onSelect={(e) => reportCursor(e.currentTarget)}
          onFocus={(e) => reportCursor(e.currentTarget)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className={mergeClasses("lz-row-actions", styles.actions)}>
        <Tooltip content={previewText("doc.add")} relationship="label">
          <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={() => props.onAdd(index)} />
        </Tooltip>
        <Tooltip content={previewText("doc.remove", { n })} relationship="label">
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            onClick={() => props.onRemove(index)}
          />
        </Tooltip>
      </div>
    </li>
  );
});

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
  const styles = useStyles();
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
