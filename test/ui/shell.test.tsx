/** The task-pane shell: tabs, lazy panels kept mounted, locale, boot problems, errors as messages. */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { ErrorBar, describeError } from "../../src/taskpane/components";
import { useHostCall } from "../../src/taskpane/hooks/useHostCall";
import { Boot, type BootResult } from "../../src/taskpane/shell/Boot";
import { ErrorBoundary } from "../../src/taskpane/shell/ErrorBoundary";
import { actionFromSearch, tabFromSearch } from "../../src/taskpane/shell/tabs";

// The check tab (another helper's) stands in as a taker of the pane's one-shot action.
const mockTaken: (string | null)[] = [];
jest.mock("../../src/taskpane/check/CheckTab", () => {
  const { usePaneContext } = jest.requireActual("../../src/taskpane/shell/PaneContext");
  const R = jest.requireActual("react");
  return {
    CheckTab: () => {
      const ctx = usePaneContext();
      R.useEffect(() => {
        mockTaken.push(ctx.takeAction(), ctx.takeAction());
      }, [ctx]);
      return R.createElement("div", { "data-testid": "mock-check" });
    },
  };
});

// The entry point boots through the Word adapter's bootOffice; here Office is "not Word".
const mockBoot = jest.fn();
jest.mock("../../src/host/word-boot", () => ({ bootOffice: () => mockBoot() }));

beforeEach(() => setLocale("zh-CN"));

/** Tab names as shown (Fluent also renders a hidden bold copy to reserve space). */
function tabNames(): (string | null | undefined)[] {
  return within(screen.getAllByRole("tablist")[0])
    .getAllByRole("tab")
    .map((t) => t.querySelector(".fui-Tab__content:not(.fui-Tab__content--reserved-space)")?.textContent);
}

function memory(lines: string[] = ["一、总体情况", "正文。"]): MemoryHost {
  return new MemoryHost({ model: { paragraphs: lines.map((text) => ({ text })) } });
}

describe("tabs", () => {
  test("five tabs in order, 模板 selected by default and its panel loaded", async () => {
    render(<App host={memory()} />);
    expect(tabNames()).toEqual(["模板", "短语", "检查", "排版", "大纲"]);
    expect(screen.getByRole("tab", { name: "模板" }).getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByTestId("panel-templates");
    expect(panel.getAttribute("aria-labelledby")).toBe("lz-tab-templates");
    // The lazily loaded tab replaces the spinner.
    await waitFor(() => expect(within(panel).queryByText("正在加载…")).toBeNull());
    expect(screen.queryByTestId("panel-phrases")).toBeNull();
  });

  test("opening a tab keeps the others mounted but hidden", async () => {
    const user = userEvent.setup();
    render(<App host={memory()} initialTab="outline" />);
    await screen.findByTestId("outline-tab");
    await user.click(screen.getByRole("tab", { name: "检查" }));
    expect(screen.getByRole("tab", { name: "检查" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("panel-check").hasAttribute("hidden")).toBe(false);
    // The outline is still there, hidden, with its state.
    expect(screen.getByTestId("panel-outline").hasAttribute("hidden")).toBe(true);
    expect(document.body.contains(screen.getByTestId("outline-tab"))).toBe(true);
    await user.click(screen.getByRole("tab", { name: "大纲" }));
    expect(screen.getByTestId("panel-outline").hasAttribute("hidden")).toBe(false);
    expect(screen.getByTestId("panel-check").hasAttribute("hidden")).toBe(true);
  });

  test("?tab= and ?action= are parsed; unknown values are ignored", () => {
    expect(tabFromSearch("?tab=phrases")).toBe("phrases");
    expect(tabFromSearch("?tab=outline&x=1")).toBe("outline");
    expect(tabFromSearch("?tab=nope")).toBeNull();
    expect(tabFromSearch("")).toBeNull();
    expect(actionFromSearch("?action=checkAndSave")).toBe("checkAndSave");
    expect(actionFromSearch("?action=other")).toBeNull();
  });

  test("checkAndSave opens 检查 and hands the action to one taker only", async () => {
    mockTaken.length = 0;
    render(<App host={memory()} action="checkAndSave" />);
    expect(screen.getByRole("tab", { name: "检查" }).getAttribute("aria-selected")).toBe("true");
    // The (mocked) check tab takes the action twice on mount: it gets it once.
    await screen.findByTestId("mock-check");
    expect(mockTaken).toEqual(["checkAndSave", null]);
  });

  test("the locale prop switches every tab name", () => {
    const host = memory();
    const { rerender } = render(<App host={host} locale="en-US" />);
    expect(tabNames()).toEqual(["Templates", "Phrases", "Check", "Layout", "Outline"]);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Lianzheng Writer");
    rerender(<App host={host} locale="zh-CN" />);
    expect(document.body.contains(screen.getByRole("tab", { name: "大纲" }))).toBe(true);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("廉政报告助手");
  });

  test("the dark Office theme gives a dark pane", () => {
    const { rerender } = render(<App host={memory()} theme="dark" />);
    const dark = getComputedStyle(screen.getByTestId("taskpane")).getPropertyValue(
      "--colorNeutralBackground1",
    );
    rerender(<App host={memory()} theme="light" />);
    const light = getComputedStyle(screen.getByTestId("taskpane")).getPropertyValue(
      "--colorNeutralBackground1",
    );
    expect(light.trim().toLowerCase()).toBe("#ffffff");
    expect(dark.trim().toLowerCase()).not.toBe("#ffffff");
  });
});

describe("boot", () => {
  const host = memory();
  const result = (over: Partial<BootResult>): (() => Promise<BootResult>) => {
    return () => Promise.resolve({ host, locale: "zh-CN", theme: "light", problem: null, ...over });
  };

  test("a good boot shows the pane on the tab of ?tab= in the locale of Office", async () => {
    render(<Boot boot={result({ locale: "en-US" })} search="?tab=outline" />);
    expect((await screen.findByRole("tab", { name: "Outline" })).getAttribute("aria-selected")).toBe("true");
    expect(document.documentElement.lang).toBe("en-US");
  });

  test("not in Word: a clear message instead of the tabs", async () => {
    render(<Boot boot={result({ host: null, problem: "notWord" })} search="" />);
    const bar = await screen.findByTestId("boot-problem");
    expect(bar.textContent).toContain("请在 Word 中使用");
    expect(bar.textContent).toContain("lianzheng check");
    expect(screen.queryByRole("tab")).toBeNull();
  });

  test("Word too old: names the requirement set and what to use instead", async () => {
    render(<Boot boot={result({ host: null, problem: "requirementSet", locale: "en-US" })} search="" />);
    const bar = await screen.findByTestId("boot-problem");
    expect(bar.textContent).toContain("WordApi 1.3");
    expect(bar.textContent).toContain("Microsoft 365");
  });

  test("a boot that rejects shows the reason, not a blank pane", async () => {
    render(<Boot boot={() => Promise.reject(new Error("Office.onReady timed out"))} search="" />);
    const bar = await screen.findByTestId("boot-problem");
    expect(bar.textContent).toContain("加载项未能启动");
    expect(bar.textContent).toContain("Office.onReady timed out");
  });
});

describe("errors", () => {
  test("every HostError code has its own message in both languages", () => {
    expect(describeError(new HostError("readOnly", "x"))).toBe(
      "文档为只读，无法修改。请另存为可编辑的副本后再试。",
    );
    expect(describeError(new HostError("readOnly", "x"), "en-US")).toBe(
      "The document is read-only. Save an editable copy and try again.",
    );
    expect(describeError(new HostError("unsupported", "needs WordApi 1.6"))).toBe(
      "当前 Word 版本不支持此功能（需要 WordApi 1.6）。",
    );
    expect(describeError(new HostError("unsupported", "no"), "en-US")).toBe(
      "This version of Word does not support this feature.",
    );
    expect(describeError(new HostError("notFound", "x"))).toContain("找不到该位置");
    expect(describeError(new HostError("storageFull", "x"))).toContain("存储空间已满");
    expect(describeError(new HostError("inTable", "x"), "en-US")).toContain("in a table");
    expect(describeError(new HostError("stale", "x"))).toContain("已被修改");
    expect(describeError(new HostError("api", "GeneralException"))).toBe("Word 返回错误：GeneralException");
    expect(describeError(new HostError("unknown", "boom"), "en-US")).toBe(
      "Something unexpected happened: boom",
    );
    expect(describeError(new TypeError("x is undefined"))).toBe("发生意外错误：x is undefined");
    expect(describeError("plain")).toBe("发生意外错误：plain");
  });

  test("ErrorBar shows nothing without an error and can be dismissed", async () => {
    const user = userEvent.setup();
    const onDismiss = jest.fn();
    const { rerender } = render(<ErrorBar error={null} />);
    expect(screen.queryByTestId("error-bar")).toBeNull();
    rerender(<ErrorBar error={new HostError("readOnly", "x")} onDismiss={onDismiss} />);
    expect(screen.getByTestId("error-bar").textContent).toContain("操作未完成");
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test("useHostCall: busy while running, a rejection becomes a message, never an unhandled rejection", async () => {
    const user = userEvent.setup();
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown): void => void unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    const host = memory();
    let release: () => void = () => undefined;
    const results: unknown[] = [];
    function Probe(): React.JSX.Element {
      const call = useHostCall();
      return (
        <div>
          <button
            onClick={async () =>
              results.push(
                await call.run(async () => {
                  await new Promise<void>((r) => (release = r));
                  return host.applyEdits([
                    { kind: "replace", paragraph: 1, offset: 0, length: 2, text: "正", expected: "正文。" },
                  ]);
                }),
              )
            }
          >
            go
          </button>
          <span data-testid="busy">{String(call.busy)}</span>
          <ErrorBar error={call.error} onDismiss={call.clearError} />
        </div>
      );
    }
    render(<Probe />);
    host.setReadOnly(true);
    await user.click(screen.getByRole("button", { name: "go" }));
    expect(screen.getByTestId("busy").textContent).toContain("true");
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId("busy").textContent).toContain("false"));
    expect(screen.getByTestId("error-bar").textContent).toContain("文档为只读");
    expect(results).toEqual([{ ok: false, error: expect.any(HostError) }]);
    // Dismissed, then a call that succeeds.
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByTestId("error-bar")).toBeNull();
    host.setReadOnly(false);
    await user.click(screen.getByRole("button", { name: "go" }));
    await act(async () => release());
    await waitFor(() => expect(results).toHaveLength(2));
    expect(results[1]).toEqual({ ok: true, value: { applied: 1, stale: [] } });
    expect(host.getModel().paragraphs[1].text).toBe("正。");
    await new Promise((r) => setTimeout(r, 0));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });

  test("a rejection no tab handled becomes a message in the pane", async () => {
    const user = userEvent.setup();
    render(<App host={memory()} locale="en-US" />);
    const event = new Event("unhandledrejection", { cancelable: true });
    Object.assign(event, { reason: new HostError("readOnly", "AccessDenied") });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByTestId("error-bar").textContent).toContain(
      "The document is read-only. Save an editable copy and try again.",
    );
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("error-bar")).toBeNull();
  });

  test("the error boundary contains a crashing tab and offers a retry", async () => {
    const user = userEvent.setup();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let crash = true;
    function Fragile(): React.JSX.Element {
      if (crash) throw new Error("bad data");
      return <p>fine now</p>;
    }
    render(
      <ErrorBoundary part="大纲">
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("此部分出现错误");
    expect(alert.textContent).toContain("“大纲”未能显示：bad data。文档未受影响。");
    crash = false;
    await user.click(screen.getByRole("button", { name: "重试" }));
    expect(document.body.contains(screen.getByText("fine now"))).toBe(true);
    spy.mockRestore();
  });
});

describe("entry point (taskpane/index.tsx)", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    delete window.__lianzhengUnsupported;
  });

  test("renders into #root and shows the boot result", async () => {
    mockBoot.mockResolvedValue({ host: null, locale: "zh-CN", theme: "light", problem: "notWord" });
    document.body.innerHTML = '<div id="root"></div>';
    await act(async () => {
      // A fresh module registry, so the entry runs again (its own React; the word-boot mock stays).
      jest.resetModules();
      await import("../../src/taskpane/index");
    });
    const root = document.getElementById("root") as HTMLElement;
    await waitFor(() =>
      expect(within(root).getByTestId("boot-problem").textContent).toContain("请在 Word 中使用"),
    );
  });

  test("does nothing when unsupported.js flagged an old webview", async () => {
    mockBoot.mockClear();
    window.__lianzhengUnsupported = true;
    document.body.innerHTML = '<div id="root"><p>旧版 Word 的提示</p></div>';
    await act(async () => {
      // A fresh module registry, so the entry runs again (its own React; the word-boot mock stays).
      jest.resetModules();
      await import("../../src/taskpane/index");
    });
    // Give a render (React schedules it outside act here) every chance to happen.
    await new Promise((r) => setTimeout(r, 100));
    expect(mockBoot).not.toHaveBeenCalled();
    expect(document.getElementById("root")?.innerHTML).toBe("<p>旧版 Word 的提示</p>");
  });
});
