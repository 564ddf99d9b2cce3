/** 审阅 in the 检查 tab (issue 13): comments, tracked fixes, last year's report. */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelFromLines } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { CheckTab } from "../../src/taskpane/check/CheckTab";
import { commentFor } from "../../src/taskpane/check/review";

const LINES = [
  "关于2024年度党风廉政建设和反腐败工作情况的报告",
  "市纪委：",
  "2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面落实党风廉政建设责任制。现将有关情况报告如下：",
  "一、主要工作情况",
  "全年共开展廉政教育XX次,覆盖党员干部200余人。",
  "2023年以来，我局坚持把纪律挺在前面，全年开展谈心谈话48人次，组织专项检查6次。",
  "二、存在的问题",
  "理论学习还不够深入，监督检查还不够有力。",
  "三、下一步工作打算",
  "持续加强作风建设，推动全面从严治党向纵深发展。",
  "特此报告。",
  "某市某局党组",
  "2024年12月20日",
];

const LAST_YEAR = [
  "关于2023年度党风廉政建设和反腐败工作情况的报告",
  "2023年以来，我局坚持把纪律挺在前面，全年开展谈心谈话48人次，组织专项检查6次。",
];

beforeEach(() => setLocale("zh-CN"));
// the machine is shared: generous time for a render, a check and a few clicks
jest.setTimeout(30_000);

async function checked(host: MemoryHost) {
  const user = userEvent.setup();
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(screen.getByTestId("check-summary").textContent).not.toContain("点击"));
  await user.click(within(screen.getByTestId("review-header")).getByRole("button"));
  return user;
}

test("插入批注 anchors every finding as a comment; 删除助手批注 removes them", async () => {
  const host = new MemoryHost({ model: modelFromLines(LINES), review: true });
  const user = await checked(host);
  const count = screen.getAllByTestId("finding").length;
  await user.click(screen.getByTestId("review-insert"));
  await waitFor(() => expect(screen.getByTestId("review-note").textContent).toBe(`已插入${count}条批注。`));
  const comments = host.review!.comments;
  expect(comments).toHaveLength(count);
  const xx = comments.find((c) => c.paragraph === 4 && c.offset === 9)!;
  expect(xx.length).toBe(2);
  expect(xx.text).toContain("占位符“XX”尚未填写为实际数字或名称。");
  expect(xx.text).toContain("依据：");
  await user.click(screen.getByTestId("review-remove"));
  await waitFor(() =>
    expect(screen.getByTestId("review-note").textContent).toContain(`已删除${count}条助手批注`),
  );
  expect(host.review!.comments).toHaveLength(0);
});

test("以修订方式修正 sends 修正 through the tracked path", async () => {
  const host = new MemoryHost({ model: modelFromLines(LINES), review: true });
  const user = await checked(host);
  await user.click(screen.getByRole("switch", { name: "以修订方式修正" }));
  const item = screen
    .getAllByTestId("finding")
    .find((f) => f.getAttribute("data-rule") === "halfwidth-punctuation")!;
  await user.click(within(item).getByRole("button", { name: /^修正/ }));
  await waitFor(() => expect(screen.getByTestId("check-status").textContent).toBe("已修正 1 处。"));
  expect(host.review!.trackedEdits).toBe(1);
  expect((await host.readModel()).paragraphs[4].text).toBe("全年共开展廉政教育XX次，覆盖党员干部200余人。");
});

test("without WordApi 1.4 both options are disabled, with one sentence why", async () => {
  const host = new MemoryHost({ model: modelFromLines(LINES) });
  await checked(host);
  expect(screen.getByTestId("review-unsupported").textContent).toBe(
    "批注和修订需要 Word 2016 或更高版本（WordApi 1.4），当前环境不支持。",
  );
  expect((screen.getByTestId("review-insert") as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByTestId("review-remove") as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByRole("switch", { name: "以修订方式修正" }) as HTMLInputElement).disabled).toBe(true);
});

test("与上年报告比对 lists the copied paragraph with last year's text", async () => {
  const host = new MemoryHost({ model: modelFromLines(LINES) });
  await checked(host);
  const file = new File([LAST_YEAR.join("\n")], "2023年报告.txt", { type: "text/plain" });
  fireEvent.change(screen.getByTestId("review-previous-file"), { target: { files: [file] } });
  await waitFor(() => expect(screen.getByTestId("review-previous-result")).toBeTruthy());
  const result = screen.getByTestId("review-previous-result");
  expect(result.textContent).toContain("与上年报告“2023年报告.txt”比对，发现");
  const items = within(result).getAllByTestId("previous-finding");
  expect(items[0].textContent).toContain("本段与上年报告第2段相同");
  expect(items[0].textContent).toContain(`上年第2段：${LAST_YEAR[1]}`);
  // 2023年 left in a 2024 report, and the two figures
  expect(items.map((i) => i.textContent ?? "").filter((t) => t.includes("2023年")).length).toBeGreaterThan(1);
  expect(items.some((i) => (i.textContent ?? "").includes("数字“48人次”"))).toBe(true);
});

test("a finding's comment text: message, fix and source", () => {
  const text = commentFor({
    rule: "halfwidth-punctuation",
    severity: "error",
    category: "punctuation",
    message: { "zh-CN": "半角逗号", "en-US": "comma" },
    paragraph: 1,
    offset: 0,
    length: 1,
    excerpt: ",",
    fix: { replacement: "，" },
    expected: ",",
  });
  expect(text.split("\n")).toEqual([
    "半角逗号",
    "建议修改为：“，”",
    expect.stringMatching(/^依据：GB\/T 15834/),
  ]);
});
