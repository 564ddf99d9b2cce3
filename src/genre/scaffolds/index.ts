/** The built-in section scaffolds (at least 40, covering every theme of issue 4). */
import type { ScaffoldData } from "../template-schema";
import { WORK_SCAFFOLDS } from "./work";
import { OVERSIGHT_SCAFFOLDS } from "./oversight";
import { CLOSING_SCAFFOLDS } from "./closing";
import { KIND_SCAFFOLDS } from "./kinds";

export const SCAFFOLDS: readonly ScaffoldData[] = [
  ...WORK_SCAFFOLDS,
  ...OVERSIGHT_SCAFFOLDS,
  ...CLOSING_SCAFFOLDS,
  ...KIND_SCAFFOLDS,
];

export function findScaffold(id: string, extra: readonly ScaffoldData[] = []): ScaffoldData | undefined {
  return [...extra, ...SCAFFOLDS].find((s) => s.id === id);
}
