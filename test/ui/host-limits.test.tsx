import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HostLimits } from "../../src/taskpane/shell/HostLimits";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import type { DocumentHost } from "../../src/host/host";

function withLimits(limits: ("liveChanges" | "contentControls")[] | undefined): DocumentHost {
  const host = new MemoryHost();
  return Object.assign(Object.create(host) as DocumentHost, {
    capabilities: { ...host.capabilities, limits },
  });
}

const show = (host: DocumentHost) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <HostLimits host={host} />
    </FluentProvider>,
  );

describe("the pane says what the host cannot do", () => {
  beforeEach(() => setLocale("zh-CN"));

  test("WPS without content controls: both limits, in the user's language; dismissible", async () => {
    show(withLimits(["liveChanges", "contentControls"]));
    const bar = screen.getByTestId("host-limits");
    expect(bar.textContent).toContain("在 WPS 文字中");
    expect(bar.textContent).toContain("不能边写边查");
    expect(bar.textContent).toContain("没有内容控件");
    await userEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByTestId("host-limits")).toBeNull();
  });

  test("English", () => {
    setLocale("en-US");
    show(withLimits(["liveChanges"]));
    expect(screen.getByTestId("host-limits").textContent).toContain("no checking as you type");
  });

  test("Word and the memory host have no limits: nothing is shown", () => {
    show(withLimits(undefined));
    expect(screen.queryByTestId("host-limits")).toBeNull();
  });
});
