/**
 * The part of the WPS文字 JS object model (window.Application, VBA-shaped and synchronous) the WPS host uses,
 * with the return types the API really has. The `wps-jsapi` typings (npm 1.0.5) describe the same members but
 * spell most methods that return an object as `Method(args…, prop?: Result): void` (e.g. `Document.Range`,
 * `Paragraphs.Item`, `ContentControls.Add`), so the host is typed with these narrow interfaces instead;
 * test/host/fake-wps.ts checks at compile time that every member named here exists in the typings.
 *
 * Numbers are VBA's: character positions (Start/End) count UTF-16 code units of the document's story, where
 * every paragraph ends with a paragraph mark "\r" (a table cell's end is "\r\x07"); collections are 1-based.
 */

/** WdParagraphAlignment. */
export const WD_ALIGN = { left: 0, center: 1, right: 2, justify: 3, distribute: 4 } as const;
/** WdInformation.wdWithInTable. */
export const WD_WITH_IN_TABLE = 12;
/** WdLineSpacing.wdLineSpaceExactly. */
export const WD_LINE_SPACE_EXACTLY = 4;
/** WdContentControlType.wdContentControlRichText. */
export const WD_CONTENT_CONTROL_RICH_TEXT = 0;
/** WdFieldType.wdFieldPage. */
export const WD_FIELD_PAGE = 33;
/** WdPaperSize.wdPaperA4. */
export const WD_PAPER_A4 = 7;
/** WdHeaderFooterIndex.wdHeaderFooterPrimary (odd pages when odd and even differ) and wdHeaderFooterEvenPages. */
export const WD_FOOTER_PRIMARY = 1;
export const WD_FOOTER_EVEN = 3;
/** VBA's True (and what WPS returns for a mixed value: 9999999). */
export const VBA_TRUE = -1;
export const WD_UNDEFINED = 9_999_999;

export interface WpsFontApi {
  /** Setting an East Asian font sets East Asian and Latin text; a Latin font only Latin text (as in Word). */
  Name: string;
  /** The font of East Asian (Chinese) text; "" when mixed. */
  NameFarEast: string;
  /** The font of digits and Latin letters; "" when mixed. */
  NameAscii: string;
  Size: number;
  /** VBA booleans: -1 (true), 0 (false), 9999999 (mixed); WPS also returns true/false. */
  Bold: number | boolean;
}

export interface WpsParagraphFormatApi {
  Alignment: number;
  FirstLineIndent: number;
  LeftIndent: number;
  LineSpacing: number;
  LineSpacingRule: number;
  /** First-line indent in characters (WPS's 首行缩进 2 字符); when not 0 it wins over FirstLineIndent. */
  CharacterUnitFirstLineIndent: number;
  SpaceBefore: number;
  SpaceAfter: number;
}

export interface WpsStyleApi {
  NameLocal: string;
}

export interface WpsRangeApi {
  Text: string;
  readonly Start: number;
  readonly End: number;
  readonly Font: WpsFontApi;
  readonly ParagraphFormat: WpsParagraphFormatApi;
  Style: WpsStyleApi | string;
  Information(type: number): unknown;
  Select(): void;
  /** Move the range within its story (a footer's range is story-relative). */
  SetRange(start: number, end: number): void;
  readonly Fields: WpsFieldsApi;
}

export interface WpsFieldApi {
  readonly Type: number;
}

export interface WpsFieldsApi {
  readonly Count: number;
  /** A field at `range` (replacing it when it is not collapsed); `type` a WdFieldType. */
  Add(range: WpsRangeApi, type: number): WpsFieldApi;
}

export interface WpsCommentApi {
  Author: string;
  Initial: string;
  /** The commented text in the document. */
  readonly Scope: WpsRangeApi;
  /** The comment's own text. */
  readonly Range: WpsRangeApi;
  Delete(): void;
}

export interface WpsCommentsApi {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): WpsCommentApi;
  Add(range: WpsRangeApi, text: string): WpsCommentApi;
}

export interface WpsPageSetupApi {
  PaperSize: number;
  TopMargin: number;
  BottomMargin: number;
  LeftMargin: number;
  RightMargin: number;
  /** VBA boolean (-1 / 0); missing on builds without odd and even footers. */
  OddAndEvenPagesHeaderFooter: number;
}

export interface WpsHeaderFooterApi {
  /** The footer's story (positions from 0). */
  readonly Range: WpsRangeApi;
}

export interface WpsHeadersFootersApi {
  /** WD_FOOTER_PRIMARY or WD_FOOTER_EVEN. */
  Item(index: number): WpsHeaderFooterApi;
}

export interface WpsSectionApi {
  readonly PageSetup: WpsPageSetupApi;
  readonly Footers: WpsHeadersFootersApi;
}

export interface WpsSectionsApi {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): WpsSectionApi;
}

export interface WpsParagraphApi {
  readonly Range: WpsRangeApi;
  readonly OutlineLevel: number;
  Style: WpsStyleApi | string;
}

export interface WpsParagraphsApi {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): WpsParagraphApi;
}

export interface WpsContentControlApi {
  Tag: string;
  Title: string;
  readonly Range: WpsRangeApi;
}

export interface WpsContentControlsApi {
  readonly Count: number;
  Item(index: number): WpsContentControlApi;
  Add(type: number, range: WpsRangeApi): WpsContentControlApi;
}

export interface WpsVariableApi {
  readonly Name: string;
  Value: string;
  Delete(): void;
}

export interface WpsVariablesApi {
  readonly Count: number;
  Item(index: number): WpsVariableApi;
  Add(name: string, value: string): WpsVariableApi;
}

export interface WpsDocumentApi {
  readonly Paragraphs: WpsParagraphsApi;
  readonly Variables: WpsVariablesApi;
  /** Missing on WPS builds without content controls. */
  readonly ContentControls?: WpsContentControlsApi;
  readonly ReadOnly: boolean;
  Saved: boolean;
  readonly Comments: WpsCommentsApi;
  /** 修订 mode: edits are recorded as tracked changes. */
  TrackRevisions: boolean;
  readonly Sections: WpsSectionsApi;
  Range(start: number, end: number): WpsRangeApi;
  Save(): void;
}

export interface WpsSelectionApi {
  readonly Start: number;
  readonly End: number;
  readonly Text: string;
  readonly Range: WpsRangeApi;
}

export interface WpsApplicationApi {
  readonly ActiveDocument: WpsDocumentApi | null;
  readonly Selection: WpsSelectionApi;
  readonly Build?: string;
}
