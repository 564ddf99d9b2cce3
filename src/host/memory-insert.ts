/**
 * Inserting at the cursor in the memory host's paragraphs (a snippet, inline or as new paragraphs): the
 * selection is replaced only if it still holds what the pane read; new paragraphs keep the format of the
 * one they come from. Returns the cursor after the inserted text.
 */
import type { InsertAtCursorEdit } from "../core/edits";
import type { Location, Paragraph } from "../core/model";

export function insertAtCursor(paragraphs: Paragraph[], at: Location, edit: InsertAtCursorEdit): Location {
  let cursor = at;
  const { paragraph, offset: start, length: selected } = cursor;
  const current = paragraphs[paragraph];
  // The selection is replaced only if it still holds what the pane read; otherwise insert at its end.
  const moved =
    edit.expectedSelection !== undefined &&
    current.text.slice(start, start + selected) !== edit.expectedSelection;
  const offset = moved ? start + selected : start;
  const length = moved ? 0 : selected;
  const lines = edit.text.split(/\r\n|\r|\n/);
  if (edit.mode === "inline") {
    const head = current.text.slice(0, offset);
    const tail = current.text.slice(offset + length);
    if (lines.length === 1) {
      current.text = head + lines[0] + tail;
      cursor = { paragraph, offset: offset + lines[0].length, length: 0 };
    } else {
      // Several lines: the first joins the head, the last takes the tail, each new paragraph keeps the format.
      const { text: _t, ...facts } = current;
      current.text = head + lines[0];
      const rest = lines.slice(1).map((line) => ({ ...facts, text: line }));
      const last = rest[rest.length - 1];
      const lastLen = last.text.length;
      last.text += tail;
      paragraphs.splice(paragraph + 1, 0, ...rest);
      cursor = { paragraph: paragraph + rest.length, offset: lastLen, length: 0 };
    }
  } else {
    const { text: _t, ...facts } = current;
    const fresh = lines.map((line) => ({ ...facts, text: line }));
    paragraphs.splice(paragraph + 1, 0, ...fresh);
    const lastIndex = paragraph + fresh.length;
    cursor = { paragraph: lastIndex, offset: fresh[fresh.length - 1].text.length, length: 0 };
  }
  return cursor;
}
