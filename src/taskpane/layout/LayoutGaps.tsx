/**
 * What a 排版 could not set on this host, one line each with the way to do it by hand (in WPS the lines that
 * name Word's menus or reasons have a WPS wording).
 */
import * as React from "react";
import type { LayoutGap } from "../../host/host";
import { layoutText as t } from "../../i18n/messages/layout";
import { NoticeBar } from "../components";

/** Gaps whose Word wording does not fit WPS. */
const WPS_WORDING = {
  oddEvenFooters: "gap.wps.oddEvenFooters",
  runInHeadings: "gap.wps.runInHeadings",
  pageNumbers: "gap.wps.pageNumbers",
} as const satisfies Partial<Record<LayoutGap, string>>;

function gapKey(gap: LayoutGap, host: string | undefined) {
  if (host === "wps" && gap in WPS_WORDING) return WPS_WORDING[gap as keyof typeof WPS_WORDING];
  return `gap.${gap}` as const;
}

export function LayoutGaps(props: {
  gaps: readonly LayoutGap[];
  /** The host's name (DocumentHost.name): WPS gets its own wording where Word's does not fit. */
  host?: string;
  lineSpacingPt: number;
  spansSkipped: number;
}): React.JSX.Element | null {
  if (props.gaps.length === 0) return null;
  return (
    <div data-testid="layout-gaps">
      <NoticeBar intent="warning" title={t("gap.title")}>
        <ul>
          {props.gaps.map((gap) => (
            <li key={gap} data-testid={`layout-gap-${gap}`}>
              {t(gapKey(gap, props.host), { pt: props.lineSpacingPt, count: props.spansSkipped })}
            </li>
          ))}
        </ul>
      </NoticeBar>
    </div>
  );
}
