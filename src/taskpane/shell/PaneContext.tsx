/**
 * What the shell tells every tab beyond TabProps: the locale (tabs re-render when it changes) and a
 * pending one-shot action from the ribbon (检查并保存 opens the pane with ?action=checkAndSave).
 */
import * as React from "react";
import type { Locale } from "../../i18n";

export type PaneAction = "checkAndSave";

export interface PaneContextValue {
  locale: Locale;
  /** The action the pane was opened for, until a tab takes it. */
  action: PaneAction | null;
  /** Take the pending action (returns it once, then null), e.g. the check tab on mount. */
  takeAction(): PaneAction | null;
}

export const PaneContext = React.createContext<PaneContextValue>({
  locale: "zh-CN",
  action: null,
  takeAction: () => null,
});

export function usePaneContext(): PaneContextValue {
  return React.useContext(PaneContext);
}
