/**
 * One paragraph of the preview's document: an auto-sized textarea over a mirror that paints the task pane's
 * selection. Every change of the caret reaches the in-memory host's cursor: clicks, keys, and text committed
 * by an input method (compositionend, insertText), so that the pane inserts where the writer is.
 */
import * as React from "react";
import { Button, Tooltip, mergeClasses } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Location, Paragraph } from "../core/model";
import { previewText } from "../i18n/messages/preview";
import { useDocStyles } from "./doc-styles";

/** How a paragraph's format facts show in the preview (so the 排版 tab's work is visible). */
function paragraphLook(
  p: Paragraph,
  styles: ReturnType<typeof useDocStyles>,
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

export interface ParagraphRowProps {
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

export const ParagraphRow = React.memo(function ParagraphRow(props: ParagraphRowProps): React.JSX.Element {
  const { index, paragraph, selection, selectionSerial, changed } = props;
  const styles = useDocStyles();
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
          onChange={(e) => {
            props.onText(index, e.currentTarget.value);
            // Text committed by an input method (or inserted without a key) moves the caret too.
            reportCursor(e.currentTarget);
          }}
          onCompositionEnd={(e) => reportCursor(e.currentTarget)}
          onInput={(e) => reportCursor(e.currentTarget)}
          onKeyUp={(e) => reportCursor(e.currentTarget)}
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
