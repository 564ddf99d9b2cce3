/** Shared pieces for every tab of the task pane. */
export { ErrorBar, NoticeBar, type ErrorBarProps } from "./ErrorBar";
export { describeError } from "./errors";
export { Busy, BusyOverlay } from "./Busy";
export { useHostCall, type HostCall, type HostCallResult } from "../hooks/useHostCall";
export { usePaneContext, type PaneAction } from "../shell/PaneContext";
export { readFileText, downloadText } from "./files";
export { ImportFileButton, type ImportFileButtonProps } from "./ImportFileButton";
export { StickyFooter, ButtonRow, PaneNotice, Truncated, shortText, useClearOnLeave } from "./PaneLayout";
