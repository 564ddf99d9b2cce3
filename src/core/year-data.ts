/**
 * The year-aware data a check knows: the shipped dated references and year rows (src/genre/dated-refs.ts,
 * src/genre/year-items.ts) plus those of an organisation's pack (validated: src/genre/year-data-schema.ts).
 * A pack's reference with a shipped id replaces the shipped entry; a pack's year row replaces the shipped
 * row of its year. Pure TypeScript.
 */
import { datedRefs, type DatedRef } from "../genre/dated-refs";
import { YEAR_ITEMS, type YearItems } from "../genre/year-items";

/** What a pack may add (the validated `references` and `yearItems` of a pack). */
export interface YearDataInput {
  references?: readonly DatedRef[];
  yearItems?: readonly YearItems[];
}

export interface YearData {
  /** Every year row, shipped and the pack's, by year. */
  readonly items: readonly YearItems[];
  /** The reference of an id (the pack's version when it has one). */
  ref(id: string): DatedRef | undefined;
  /** References of the pack whose patterns the shipped literal set does not know (scanned separately). */
  readonly extraRefs: readonly DatedRef[];
  /** The plenum, campaign or own plenum a reference is the year item of. */
  bound(id: string): { year: number; what: "plenum" | "campaign" } | undefined;
  /** The row of a year. */
  itemsFor(year: number | null | undefined): YearItems | undefined;
  /** True when nothing was added (the shipped data alone). */
  readonly builtin: boolean;
}

export function yearData(input: YearDataInput = {}): YearData {
  const extra = input.references ?? [];
  const byId = new Map<string, DatedRef>(datedRefs.map((r) => [r.id, r]));
  const shippedPatterns = new Set(datedRefs.flatMap((r) => r.patterns));
  for (const r of extra) byId.set(r.id, r);
  const rows = new Map<number, YearItems>(YEAR_ITEMS.map((y) => [y.year, y]));
  for (const y of input.yearItems ?? []) rows.set(y.year, y);
  const items = [...rows.values()].sort((a, b) => a.year - b.year);
  const bound = new Map<string, { year: number; what: "plenum" | "campaign" }>();
  for (const y of items) {
    bound.set(y.plenum.ref, { year: y.year, what: "plenum" });
    if (y.localPlenum) bound.set(y.localPlenum.ref, { year: y.year, what: "plenum" });
    if (y.campaign) bound.set(y.campaign.ref, { year: y.year, what: "campaign" });
  }
  return {
    items,
    ref: (id) => byId.get(id),
    // a replaced shipped entry keeps being found by the shipped literal set; new patterns are scanned
    extraRefs: extra.filter((r) => r.patterns.some((p) => !shippedPatterns.has(p))),
    bound: (id) => bound.get(id),
    itemsFor: (year) => (year === null || year === undefined ? undefined : rows.get(year)),
    builtin: extra.length === 0 && (input.yearItems ?? []).length === 0,
  };
}

/** The shipped data alone (made once). */
export const BUILTIN_YEAR_DATA: YearData = yearData();
