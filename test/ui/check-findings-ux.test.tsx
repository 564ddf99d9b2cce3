/** Findings UX that the review of issue 10 found, against the in-memory host and the real engine. */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelFromLines } from "../../src/core/model";
import { HostError } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { CheckTab } from "../../src/taskpane/check/CheckTab";
import { sourceLine } from "../../src/taskpane/check/FindingItem";
import { PaneContext } from "../../src/taskpane/shell/PaneContext";

/** A unit report with five placeholders in one paragraph and a few other slips. */
const LINES = [
  "关于2024年度党风廉政建设和反腐败工作情况的报告",
  "市纪委：",
  "2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面落实党风廉政建设责任制。现将有关情况报告如下：",
  "一、主要工作情况",
  "全年开展谈话XX次，约谈XX人，督办XX件，处分XX人，挽回损失XX万元。", // 4: five placeholders
  "召开专题会议研究部署,压实主体责任。", // 5: half-width comma at 10
  "二、存在的问题",
  "理论学习还不够深入，监督检查还不够有力。",
  "三、下一步工作打算",
  "持续加强作风建设，推动全面从严治党向纵深发展。",
  "特此报告。",
  "某市某局党组",
  "2024年12月20日",
];

/** No 落款 and no 成文日期: two whole-document findings of one rule (signature-date). */
const NO_TAIL = LINES.slice(0, 10);

function makeHost(lines = LINES, opts: ConstructorParameters<typeof MemoryHost>[0] = {}): MemoryHost {
  return new MemoryHost({ model: modelFromLines(lines), ...opts });
}

function findingsOf(rule: string): HTMLElement[] {
  return screen.queryAllByTestId("finding").filter((el) => el.getAttribute("data-rule") === rule);
}

async function runCheck(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(screen.getByTestId("check-summary").textContent).not.toContain("点击"));
}

beforeEach(() => setLocale("zh-CN"));

test("未识别到落款 and 未识别到成文日期 have distinct keys: no duplicate-key error, ignoring one keeps the other", async () => {
  const user = userEvent.setup();
  const errors = jest.spyOn(console, "error").mockImplementation(() => {});
  render(<CheckTab host={makeHost(NO_TAIL)} active />);
  await runCheck(user);
  const tail = findingsOf("signature-date");
  expect(tail.map((f) => f.textContent?.includes("落款") ?? false)).toEqual([true, false]);
  expect(new Set(tail.map((f) => f.getAttribute("data-key"))).size).toBe(2);
  expect(errors.mock.calls.some((c) => String(c[0]).includes("same key"))).toBe(false);
  await user.click(within(tail[0]).getByRole("button", { name: "忽略" }));
  await waitFor(() => expect(findingsOf("signature-date")).toHaveLength(1));
  expect(findingsOf("signature-date")[0].textContent).toContain("成文日期");
  errors.mockRestore();
});

test("clicking a finding whose paragraph was edited since the check selects nothing, re-checks and says so", async () => {
  const user = userEvent.setup();
  const host = makeHost();
  render(<CheckTab host={host} active />);
  await runCheck(user);
  const comma = findingsOf("halfwidth-punctuation").find((f) => f.textContent?.includes("部署"));
  expect(comma).toBeDefined();
  const typed = "会议研究部署,压实主体责任。";
  act(() => host.setParagraphText(5, typed));
  await user.click(comma!.querySelector("button") as HTMLElement);
  await waitFor(() =>
    expect(screen.getByTestId("check-status").textContent).toBe(
      "该处文字在检查后已被修改，未能选中；已重新检查，请查看最新结果。",
    ),
  );
  expect(host.getSelection()).toBeNull();
  // Re-checked: the finding now points at the comma in the new text, and selects it.
  const now = findingsOf("halfwidth-punctuation").find((f) => f.textContent?.includes("部署"));
  await user.click(now!.querySelector("button") as HTMLElement);
  expect(host.getSelection()).toEqual({ paragraph: 5, offset: 6, length: 1 });
});

test("the memory host refuses to select a place in a paragraph that changed", async () => {
  const host = makeHost();
  await expect(host.select({ paragraph: 5, offset: 10, length: 1, expected: "别的文字" })).rejects.toThrow(
    HostError,
  );
  await host.select({ paragraph: 5, offset: 10, length: 1, expected: LINES[5] });
  expect(host.getSelection()).toEqual({ paragraph: 5, offset: 10, length: 1 });
});

test("one rule's many findings are one bundle row, with 全部忽略 and 逐条查看", async () => {
  const user = userEvent.setup();
  const host = makeHost();
  render(<CheckTab host={host} active />);
  await runCheck(user);
  const group = screen.getByTestId("group-placeholder");
  expect(within(group).getByRole("heading").textContent).toBe("占位符（5）");
  expect(within(group).queryAllByTestId("finding")).toHaveLength(0);
  const bundle = within(group).getByTestId("bundle-placeholder");
  expect(bundle.textContent).toContain("共 5 处");
  expect(bundle.textContent).toContain("“XX”");
  await user.click(within(bundle).getByTestId("expand-placeholder"));
  expect(within(group).getAllByTestId("finding")).toHaveLength(5);

  await user.click(screen.getByTestId("ignore-all-placeholder"));
  await waitFor(() => expect(screen.queryByTestId("group-placeholder")).toBeNull());
  expect(screen.getByTestId("check-status").textContent).toBe("已忽略 5 处。忽略记录保存在本文档中。");
  expect(screen.getByTestId("check-summary").textContent).toContain("另有 5 处已忽略");
  // The other rules are left alone.
  expect(findingsOf("halfwidth-punctuation")).toHaveLength(1);
});

test("a rule with fewer findings keeps its cards and gets no bundle", async () => {
  const user = userEvent.setup();
  render(<CheckTab host={makeHost()} active />);
  await runCheck(user);
  expect(screen.queryByTestId("bundle-halfwidth-punctuation")).toBeNull();
  expect(screen.queryByTestId("ignore-all-halfwidth-punctuation")).toBeNull();
  expect(findingsOf("halfwidth-punctuation")).toHaveLength(1);
});

test("the 依据 line never reads 依据：实务：", async () => {
  expect(sourceLine("实务：同一层级使用同一种序号")).toBe("依据：同一层级使用同一种序号（实务）");
  expect(sourceLine("GB/T 15834-2011 4.1 句号")).toBe("依据：GB/T 15834-2011 4.1 句号");
  setLocale("en-US");
  expect(sourceLine("Standard wording: the Party Constitution")).toBe(
    "Source: the Party Constitution (Standard wording)",
  );
  setLocale("zh-CN");
  const user = userEvent.setup();
  render(<CheckTab host={makeHost()} active />);
  await runCheck(user);
  await user.click(screen.getByTestId("expand-placeholder"));
  const text = findingsOf("placeholder")[0].textContent ?? "";
  expect(text).toContain("依据：报送前须填写全部数字和名称（实务）");
  expect(text).not.toContain("依据：实务：");
});

test("the live-check notice says in plain words which Word has it and what to do otherwise", async () => {
  const user = userEvent.setup();
  const ctx = { locale: "zh-CN" as const, action: null, takeAction: () => null };
  render(
    <PaneContext.Provider value={ctx}>
      <CheckTab host={makeHost(LINES, { liveChanges: false })} active />
    </PaneContext.Provider>,
  );
  await user.click(within(screen.getByTestId("rules-header")).getByRole("button"));
  const settings = await screen.findByTestId("rule-settings");
  const text = settings.textContent ?? "";
  expect(text).not.toMatch(/WordApi/);
  expect(text).toContain("Microsoft 365");
  expect(text).toContain("重新检查");
});
