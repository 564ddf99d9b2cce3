/** Placeholder of the phrases tab until its issue lands; replaced by the real tab. */
import * as React from "react";
import type { TabProps } from "../types";

export function PhrasesTab(_props: TabProps): React.JSX.Element {
  return <div data-testid="phrases-placeholder" />;
}
