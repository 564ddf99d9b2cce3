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

export interface WpsFontApi {
  Name: string;
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
