/**
 * Issue 12: views that follow the document (outline and findings know the document they were computed
 * from), notices cleared when their tab is left.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { modelFromLines } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { CheckTab } from "../../src/taskpane/check/CheckTab";
import { OutlineTab } from "../../src/taskpane/outline/OutlineTab";
import { TemplatesTab } from "../../src/taskpane/templates/TemplatesTab";
import { REFRESH_DEBOUNCE_MS } from "../../src/taskpane/hooks/useDocumentRefresh";

const REPORT = [
  "关于2024年度党风廉政建设工作情况的报告",
  "一、主要工作情况",
  "今年以来，我们认真履行管党治党责任。",
  "二、存在的问题",
  "监督力量还不够强。",
];

beforeEach(() => setLocale("zh-CN"));

describe("the outline follows the document", () => {
  test("another document opened (paragraph change events, WordApi 1.6): the outline reads it without 刷新", async () => {
    const host = new MemoryHost({ liveChanges: true });
    render(<OutlineTab host={host} active />);
    expect(await screen.findByText(/文档是空的/)).toBeTruthy();
    act(() => host.load(modelFromLines(REPORT)));
    await waitFor(() => expect(screen.queryByText(/文档是空的/)).toBeNull(), {
      timeout: REFRESH_DEBOUNCE_MS + 2000,
    });
    expect(await screen.findByRole("tree")).toBeTruthy();
    expect(screen.getByText("主要工作情况", { exact: false })).toBeTruthy();
  });

  test("without change events: the pane getting the focus back reads the document again", async () => {
    const host = new MemoryHost();
    render(<OutlineTab host={host} active />);
    expect(await screen.findByText(/文档是空的/)).toBeTruthy();
    host.load(modelFromLines(REPORT));
    // Nothing tells the pane yet.
    expect(screen.getByText(/文档是空的/)).toBeTruthy();
    fireEvent.focus(window);
    await waitFor(() => expect(screen.queryByText(/文档是空的/)).toBeNull());
  });

  test("a hidden tab does not read; showing it does", async () => {
    const host = new MemoryHost();
    const reads = jest.spyOn(host, "readModel");
    const { rerender } = render(<OutlineTab host={host} active={false} />);
    fireEvent.focus(window);
    expect(reads).not.toHaveBeenCalled();
    host.load(modelFromLines(REPORT));
    rerender(<OutlineTab host={host} active />);
    await screen.findByRole("tree");
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

describe("the findings know which document they came from", () => {
  test("edited after the check: the list says it is stale and offers 重新检查", async () => {
    const host = new MemoryHost({ model: modelFromLines(REPORT) });
    render(<CheckTab host={host} active />);
    fireEvent.click(screen.getByTestId("check-run"));
    await waitFor(() => expect(screen.getByTestId("check-run").textContent).toBe("重新检查"));
    expect(screen.queryByTestId("check-stale")).toBeNull();
    // Focus back without a change: still fresh.
    fireEvent.focus(window);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.queryByTestId("check-stale")).toBeNull();
    // Another document: stale.
    host.load(modelFromLines(["2024年度述责述廉报告", "一、履责情况", "本人认真履职。"]));
    fireEvent.focus(window);
    expect((await screen.findByTestId("check-stale")).textContent).toContain("上次检查之后有改动");
    fireEvent.click(screen.getByTestId("check-stale-recheck"));
    await waitFor(() => expect(screen.queryByTestId("check-stale")).toBeNull());
  });

  test("with change events the list turns stale while the writer types (live check off)", async () => {
    const host = new MemoryHost({ model: modelFromLines(REPORT), liveChanges: true });
    render(<CheckTab host={host} active />);
    fireEvent.click(screen.getByTestId("check-run"));
    await waitFor(() => expect(screen.getByTestId("check-run").textContent).toBe("重新检查"));
    act(() => host.setParagraphText(4, "监督力量还不够强，"));
    expect(
      await screen.findByTestId("check-stale", {}, { timeout: REFRESH_DEBOUNCE_MS + 2000 }),
    ).toBeTruthy();
  });

  test("in English", async () => {
    setLocale("en-US");
    const host = new MemoryHost({ model: modelFromLines(REPORT) });
    render(<CheckTab host={host} active />);
    fireEvent.click(screen.getByTestId("check-run"));
    await waitFor(() => expect(screen.getByTestId("check-run").textContent).toBe("Check again"));
    host.setParagraphText(2, "今年以来。");
    fireEvent.focus(window);
    expect((await screen.findByTestId("check-stale")).textContent).toContain("changed since the last check");
  });
});

describe("the scaffold plan follows the document", () => {
  test("with change events the sentence is recomputed while the writer edits", async () => {
    const host = new MemoryHost({ model: modelFromLines(REPORT), liveChanges: true });
    host.setCursor(3, 1);
    render(<TemplatesTab host={host} active />);
    fireEvent.click(screen.getByTestId("view-scaffolds"));
    fireEvent.click(await screen.findByTestId("scaffold-problems-general"));
    expect((await screen.findByTestId("scaffold-plan")).textContent).toBe("将插入为 三、存在的问题");
    // 二、 is no longer a heading: the whole text after 一、 is 一、's, so the new part becomes 二、.
    act(() => host.setParagraphText(3, "存在的问题如下。"));
    await waitFor(
      () => expect(screen.getByTestId("scaffold-plan").textContent).toBe("将插入为 二、存在的问题"),
      {
        timeout: REFRESH_DEBOUNCE_MS + 2000,
      },
    );
  });
});

describe("notices", () => {
  test("a notice of the 模板 tab is cleared when the tab is left", async () => {
    const host = new MemoryHost({ model: modelFromLines(REPORT) });
    render(<App host={host} locale="zh-CN" />);
    fireEvent.click(await screen.findByTestId("next-field"));
    expect((await screen.findByTestId("templates-notice")).textContent).toContain("没有");
    // The notice is announced: it sits in a polite live region.
    expect(screen.getByTestId("templates-notice").closest("[role=status]")).not.toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: /大纲/ }));
    await screen.findByTestId("outline-tab");
    fireEvent.click(screen.getByRole("tab", { name: /模板/ }));
    await waitFor(() => expect(screen.queryByTestId("templates-notice")).toBeNull());
  });
});
