/**
 * After 修正 the pane reads again only the paragraphs the fix touched (issue 11, item 8), when the host
 * can (readParagraphs); the findings are those of the fixed text.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelFromLines, type DocModel } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { CheckTab } from "../../src/taskpane/check/CheckTab";

const LINES = [
  "关于2025年度落实全面从严治党主体责任情况的报告",
  "县委：",
  "一、主要工作",
  "全年组织廉政谈话,覆盖班子成员和中层干部。", // 3: half-width comma at 8
  "召开警示教育会议,通报典型案例。", // 4: half-width comma at 8
  "特此报告。",
];

/** A memory host that also re-reads single paragraphs, like the Word host. */
function makeHost() {
  const host = new MemoryHost({ model: modelFromLines(LINES) });
  const reread = jest.fn(async (previous: DocModel, changed: readonly number[]): Promise<DocModel> => ({
    paragraphs: previous.paragraphs.map((p, i) =>
      changed.includes(i) ? { ...host.getModel().paragraphs[i] } : p,
    ),
  }));
  Object.assign(host, { readParagraphs: reread });
  return { host, reread };
}

const commas = () =>
  screen.queryAllByTestId("finding").filter((el) => el.getAttribute("data-rule") === "halfwidth-punctuation");

beforeEach(() => setLocale("zh-CN"));

test("修正 re-reads only the fixed paragraph, not the whole model", async () => {
  const user = userEvent.setup();
  const { host, reread } = makeHost();
  const read = jest.spyOn(host, "readModel");
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(commas()).toHaveLength(2));
  const item = commas().find((el) => (el.textContent ?? "").includes("警示"))!;
  await user.click(within(item).getByRole("button", { name: /^修正/ }));
  await waitFor(() => expect(screen.getByTestId("check-status").textContent).toBe("已修正 1 处。"));
  expect(read).toHaveBeenCalledTimes(1); // the check only
  expect(reread).toHaveBeenCalledTimes(1);
  expect(reread.mock.calls[0][1]).toEqual([4]);
  expect(host.getModel().paragraphs[4].text).toBe("召开警示教育会议，通报典型案例。");
  expect(commas()).toHaveLength(1);
  expect(commas()[0].textContent).toContain("廉政谈话");
});
