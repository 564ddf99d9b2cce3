/** What a 排版 could not set on this Word, one line each with the way to do it by hand. */
import * as React from "react";
import type { LayoutGap } from "../../host/host";
import { layoutText as t } from "../../i18n/messages/layout";
import { NoticeBar } from "../components";

export function LayoutGaps(props: {
  gaps: readonly LayoutGap[];
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
              {t(`gap.${gap}`, { pt: props.lineSpacingPt, count: props.spansSkipped })}
            </li>
          ))}
        </ul>
      </NoticeBar>
    </div>
  );
}
