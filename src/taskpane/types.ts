/** Props every task-pane tab receives: the document host (Word or in-memory) and whether it is shown. */
import type { DocumentHost } from "../host/host";

export type TabId = "templates" | "phrases" | "check" | "layout";

export interface TabProps {
  host: DocumentHost;
  /** The tab is visible (tabs stay mounted to keep their state). */
  active: boolean;
  /** Ask the shell to switch tab (e.g. after inserting a template, show 检查). */
  onNavigate?(tab: TabId): void;
}
