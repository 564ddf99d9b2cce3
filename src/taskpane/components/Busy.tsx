/** A small inline spinner with a label, announced politely to screen readers. */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { paneText } from "../../i18n/messages/pane";

export function Busy(props: { busy: boolean; label?: string }): React.JSX.Element | null {
  if (!props.busy) return null;
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={props.label ?? paneText("busy")} />
    </div>
  );
}

/** The earlier name of Busy (kept for the tabs that import it). */
export const BusyOverlay = Busy;
