/** Shared pieces for every tab of the task pane. */
export { ErrorBar, NoticeBar } from "./ErrorBar";
export { describeError } from "./errors";
export { Busy } from "./Busy";
