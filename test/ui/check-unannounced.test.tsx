/**
 * Edits Word never announces (issue 11): onParagraphDeleted is unreliable above ~250 pages (office-js
 * #5400) and a deletion under track changes fires no event (#3864). The 检查 tab compares the host's
 * fingerprint before click-to-locate and 修正, and on a timer while it shows.
 */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fingerprintOf } from "../../src/core/fingerprint";
import { modelFromLines } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { checkText } from "../../src/i18n/messages/check";
import { CheckTab } from "../../src/taskpane/check/CheckTab";
import { WATCH_MS } from "../../src/taskpane/check/follow";

// Paragraphs 3 and 4 are the same: after paragraph 0 is deleted, paragraph 3 still holds the text the
// finding expects, so only the fingerprint tells that the indexes moved.
const LINES = [
  "关于2025年度落实全面从严治党主体责任情况的报告",
  "县委：",
  "一、主要工作",
  "全年组织廉政谈话,覆盖班子成员。",
  "全年组织廉政谈话,覆盖班子成员。",
  "特此报告。",
];

/** A host without change events (as Word in a long document), with a fingerprint like the Word host's. */
function makeHost() {
  const host = new MemoryHost({ model: modelFromLines(LINES) });
  const fingerprint = jest.fn(async () => fingerprintOf(host.getModel()));
  Object.assign(host, { fingerprint });
  return { host, fingerprint };
}

/** The writer deletes the title; no event comes. */
function deleteTitleSilently(host: MemoryHost) {
  host.load(modelFromLines(LINES.slice(1)));
}

const commas = () =>
  screen.queryAllByTestId("finding").filter((el) => el.getAttribute("data-rule") === "halfwidth-punctuation");

beforeEach(() => setLocale("zh-CN"));
afterEach(() => jest.useRealTimers());

test("click-to-locate after an unannounced deletion: checked again, nothing selected at the old index", async () => {
  const user = userEvent.setup();
  const { host } = makeHost();
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(commas()).toHaveLength(2));
  deleteTitleSilently(host);
  const select = jest.spyOn(host, "select");
  await user.click(within(commas()[0]).getAllByRole("button")[0]);
  await waitFor(() =>
    expect(screen.getByTestId("check-status").textContent).toBe(checkText("status.staleSelect")),
  );
  expect(select).not.toHaveBeenCalled();
  expect(host.getSelection()).toBeNull();
});

test("修正 after an unannounced deletion writes nothing and checks again", async () => {
  const user = userEvent.setup();
  const { host } = makeHost();
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(commas()).toHaveLength(2));
  deleteTitleSilently(host);
  const apply = jest.spyOn(host, "applyEdits");
  await user.click(within(commas()[0]).getByRole("button", { name: /^修正/ }));
  await waitFor(() => expect(screen.getByTestId("check-status").textContent).toBe(checkText("status.stale")));
  expect(apply).not.toHaveBeenCalled();
  expect(host.getModel().paragraphs.map((p) => p.text)).toEqual(LINES.slice(1));
});

test("while the tab shows, the timer notices an unannounced edit and marks the findings stale", async () => {
  jest.useFakeTimers();
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  const { host, fingerprint } = makeHost();
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(commas()).toHaveLength(2));
  await act(async () => {
    jest.advanceTimersByTime(WATCH_MS);
  });
  expect(fingerprint).toHaveBeenCalled();
  expect(screen.queryByTestId("check-stale")).toBeNull(); // unchanged: nothing said
  deleteTitleSilently(host);
  await act(async () => {
    jest.advanceTimersByTime(WATCH_MS);
  });
  await waitFor(() => expect(screen.getByTestId("check-stale")).toBeTruthy());
});
