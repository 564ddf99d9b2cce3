/** The built-in report templates, one per kind of GENRE.md section 2. */
import type { TemplateData } from "../template-schema";
import { personalShuzeshulian } from "./personal-shuzeshulian";
import { firstResponsible } from "./first-responsible";
import { mainResponsibility } from "./main-responsibility";
import { personalResponsibilitySystem } from "./personal-responsibility-system";
import { unitAnnual } from "./unit-annual";
import { periodicMainResponsibility } from "./periodic-main-responsibility";
import { shuzhiShulian } from "./shuzhi-shulian";
import { inspectionRectification } from "./inspection-rectification";
import { democraticLifeReview } from "./democratic-life-review";

export const TEMPLATES: readonly TemplateData[] = [
  personalShuzeshulian,
  firstResponsible,
  mainResponsibility,
  personalResponsibilitySystem,
  unitAnnual,
  periodicMainResponsibility,
  shuzhiShulian,
  inspectionRectification,
  democraticLifeReview,
];

export function findTemplate(id: string, extra: readonly TemplateData[] = []): TemplateData | undefined {
  return [...extra, ...TEMPLATES].find((t) => t.id === id);
}
