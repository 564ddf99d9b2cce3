/** Display labels of categories and sections in the user's language. */
import type { ReportSection, SnippetCategory } from "../../genre/snippet-schema";
import { phrasesText as t } from "../../i18n/messages/phrases";

export function categoryLabel(c: SnippetCategory): string {
  return t(`category.${c}`);
}

export function sectionLabel(s: ReportSection): string {
  return t(`section.${s}`);
}
