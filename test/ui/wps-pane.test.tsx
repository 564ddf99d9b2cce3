/**
 * The pane's 排版 and 审阅 against the WPS host on the fake WPS (src/host/wps): 一键排版 and 撤销排版 from the
 * 排版 tab, a WPS gap said in WPS's words, and 插入批注 / 删除助手批注 / 以修订方式修正 from the 检查 tab.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WpsHost } from "../../src/host/wps/host";
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { mapStorage } from "../../src/host/word-storage";
import { setLocale } from "../../src/i18n";
import { LayoutTab } from "../../src/taskpane/layout/LayoutTab";
import { CheckTab } from "../../src/taskpane/check/CheckTab";
import { FakeWpsDocument, renderFooter } from "../host/fake-wps";

const LINES = [
  "关于2025年度落实党风廉政建设责任制情况的报告",
  "县纪委：",
  "一、主要工作",
  "（一）压实责任链条。年初召开专题会议，逐级签订责任书。",
  "全年开展廉政教育XX次，覆盖党员干部百余人。",
  "某某局党组",
  "2025年12月20日",
];

beforeEach(() => setLocale("zh-CN"));
jest.setTimeout(30_000);

function wps(lines = LINES) {
  const doc = new FakeWpsDocument(lines);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  return { doc, host };
}

test("排版 in WPS: 一键排版 sets fonts, spacing and the page; 撤销排版 puts them back", async () => {
  const { doc, host } = wps();
  const before = JSON.stringify([doc.facts, doc.sections]);
  render(<LayoutTab host={host} active />);
  await screen.findByTestId("layout-table");
  fireEvent.click(screen.getByTestId("layout-apply"));
  await screen.findByTestId("layout-result");
  expect(screen.queryByTestId("layout-gaps")).toBeNull();
  expect(doc.facts[4]).toMatchObject({ fontName: "仿宋_GB2312", fontSize: 16, lineSpacingRule: 4 });
  expect(renderFooter(doc.sections[0].footers[1])).toBe("— 1 —");
  const undo = screen.getByTestId("layout-undo") as HTMLButtonElement;
  await waitFor(() => expect(undo.disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByTestId("layout-undo-result");
  expect(JSON.stringify([doc.facts, doc.sections])).toBe(before);
});

test.each([
  ["oddEvenFooters", "此版本 WPS"],
  ["pageNumbers", "未能在页脚插入页码域"],
])("a WPS gap (%s) is said in WPS's words", async (gapId, words) => {
  const { doc, host } = wps();
  if (gapId === "oddEvenFooters") doc.oddEvenFooters = false;
  else doc.footerFieldsFail = true;
  render(<LayoutTab host={host} active />);
  await screen.findByTestId("layout-table");
  fireEvent.click(screen.getByTestId("layout-apply"));
  const gap = await screen.findByTestId(`layout-gap-${gapId}`);
  expect(gap.textContent).toContain(words);
  expect(gap.textContent).not.toContain("Word");
});

test("审阅 in WPS: the options are enabled; comments inserted on their spans and removed, the writer's kept", async () => {
  const { doc, host } = wps();
  const user = userEvent.setup();
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(screen.getByTestId("check-summary").textContent).not.toContain("点击"));
  await user.click(within(screen.getByTestId("review-header")).getByRole("button"));
  expect(screen.queryByTestId("review-unsupported")).toBeNull();
  expect(screen.getAllByTestId("finding").length).toBeGreaterThan(0);
  await user.click(screen.getByTestId("review-insert"));
  await waitFor(() => expect(screen.getByTestId("review-note").textContent).toMatch(/^已插入\d+条批注。$/));
  const count = Number(/\d+/.exec(screen.getByTestId("review-note").textContent ?? "")![0]);
  expect(count).toBeGreaterThan(0);
  expect(doc.comments).toHaveLength(count);
  expect(doc.comments.every((c) => c.author === "廉政报告助手")).toBe(true);
  // the placeholder XX is commented on exactly
  expect(doc.comments.some((c) => doc.story.slice(c.start, c.end) === "XX")).toBe(true);
  doc.comments.push({ start: 0, end: 2, text: "标题再斟酌", author: "张三", initial: "Z" });
  await user.click(screen.getByTestId("review-remove"));
  await waitFor(() => expect(screen.getByTestId("review-note").textContent).toContain(`已删除${count}条`));
  expect(doc.comments.map((c) => c.author)).toEqual(["张三"]);
});
