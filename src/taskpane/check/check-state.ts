/** What useCheck gives the 检查 tab: its state and its actions. */
import type { Finding } from "../../core/findings";
import type { IgnoreEntry, Partitioned } from "../../core/ignores";
import type { KindRegistry } from "../../core/kinds";
import type { DocModel } from "../../core/model";
import type { HostCall } from "../hooks/useHostCall";
import type { CheckOutcome } from "./engine";
import type { DocCheckSettings, UserCheckSettings } from "./settings";
import type { SeverityFilter, StatusMessage } from "./view";

export interface CheckState {
  call: HostCall;
  model: DocModel | null;
  outcome: CheckOutcome | null;
  parts: Partitioned;
  ignores: IgnoreEntry[];
  user: UserCheckSettings;
  doc: DocCheckSettings;
  /** The report kinds known (built-in and the organisation's pack). */
  kinds: KindRegistry;
  status: StatusMessage | null;
  /** Number of errors that stopped 检查并保存, or null. */
  saveBlocked: number | null;
  /** The document is no longer the one the findings were computed from (edited, or another one). */
  stale: boolean;
  /** Read the document once and say whether the findings still match it (no check is run). */
  verify(): Promise<void>;
  /**
   * Compare the host's fingerprint with the checked model's (one cheap read) and, when the document
   * changed unannounced, re-check (live mode) or mark the findings stale. For a timer while the tab shows.
   */
  watch(): Promise<void>;
  filter: SeverityFilter;
  setFilter(f: SeverityFilter): void;
  clearStatus(): void;
  check(): Promise<void>;
  select(f: Finding): Promise<void>;
  fix(f: Finding): Promise<void>;
  fixAll(rule: string): Promise<void>;
  ignore(f: Finding): Promise<void>;
  /** Ignore several findings at once (全部忽略 of one rule). */
  ignoreAll(findings: Finding[]): Promise<void>;
  unignore(entry: IgnoreEntry): Promise<void>;
  clearOrphans(): Promise<void>;
  checkAndSave(): Promise<void>;
  saveAnyway(): Promise<void>;
  cancelSave(): void;
  updateUser(next: UserCheckSettings, message?: StatusMessage): Promise<boolean>;
  updateDoc(next: DocCheckSettings): Promise<boolean>;
  setStatus(s: StatusMessage | null): void;
}
