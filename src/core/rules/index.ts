/** The rule registry: every rule the checker runs, in a stable order (the UI lists them so). */
import type { Rule } from "./types";
import { placeholder } from "./placeholder";
import { unfilledField } from "./unfilled-field";
import { halfwidthPeriod, halfwidthPunctuation } from "./halfwidth-punctuation";
import { pairedMarks } from "./paired-marks";
import { reversedMarks } from "./reversed-marks";
import { repeatedMarks } from "./repeated-marks";
import { paragraphEnd } from "./paragraph-end";
import { dashEllipsis } from "./dash-ellipsis";
import { yearSuffix } from "./year-suffix";
import { doubledChar } from "./doubled-char";
import { listRepeat } from "./list-repeat";
import { spaceInChinese } from "./space-in-chinese";
import { trailingSpace } from "./trailing-space";
import { formulation } from "./formulation";
import { typo } from "./typo";
import { adverbialDe } from "./adverbial-de";
import { datedReference } from "./dated-reference";
import { noRequest } from "./no-request";
import { partyOrdinal } from "./party-ordinal";
import { leaderTitle } from "./leader-title";
import { campaignName } from "./campaign-name";
import { titleQuote } from "./title-quote";
import { quoteEnumerationComma } from "./quote-enumeration-comma";
import { dateLeadingZero, ordinalComma, yearRangeDash } from "./number-forms";
import {
  headingLevelOrder,
  headingMarkerForm,
  headingMixedStyle,
  headingPunctuation,
  headingRunIn,
  headingSequence,
} from "./headings";
import { enumerationSequence } from "./enumeration-sequence";
import { requiredSections } from "./required-sections";
import { addresseeForm, dateForm, openingTransition, signatureDate, titleForm } from "./document-parts";
import { layoutRules } from "./layout-format";

export const rules: readonly Rule[] = [
  headingSequence,
  headingLevelOrder,
  headingMixedStyle,
  headingMarkerForm,
  headingPunctuation,
  headingRunIn,
  enumerationSequence,
  requiredSections,
  titleForm,
  addresseeForm,
  openingTransition,
  signatureDate,
  dateForm,
  placeholder,
  unfilledField,
  halfwidthPunctuation,
  halfwidthPeriod,
  pairedMarks,
  reversedMarks,
  repeatedMarks,
  quoteEnumerationComma,
  paragraphEnd,
  dashEllipsis,
  yearSuffix,
  dateLeadingZero,
  ordinalComma,
  yearRangeDash,
  doubledChar,
  listRepeat,
  spaceInChinese,
  trailingSpace,
  formulation,
  typo,
  adverbialDe,
  datedReference,
  partyOrdinal,
  leaderTitle,
  campaignName,
  titleQuote,
  noRequest,
  ...layoutRules,
];
