/**
 * The 检查 tab with an organisation's kind: the pack stored by the 模板 tab (user settings) adds
 * 巡察整改情况报告; the tab detects it, checks with its parts and offers it in the kind picker.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelFromLines } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { CheckTab } from "../../src/taskpane/check/CheckTab";
import { PACK_KEY } from "../../src/taskpane/templates/packs";
import { XUNCHA_KIND_ID, XUNCHA_PACK, XUNCHA_REPORT } from "../fixtures/packs/org-xuncha";

beforeEach(() => setLocale("zh-CN"));

async function runCheck(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(screen.getByTestId("check-summary").textContent).not.toContain("点击"));
}

function kindOptions(): string[] {
  const select = within(screen.getByTestId("kind-year")).getByRole("combobox") as HTMLSelectElement;
  return Array.from(select.options).map((o) => `${o.value}=${o.textContent}`);
}

test("a kind in the stored organisation pack is detected, checked and offered in the kind picker", async () => {
  const user = userEvent.setup();
  const lines = [...XUNCHA_REPORT.slice(0, 7), ...XUNCHA_REPORT.slice(9)]; // without 下一步工作打算
  const host = new MemoryHost({ model: modelFromLines(lines) });
  await host.userSettings.set(PACK_KEY, XUNCHA_PACK);
  render(<CheckTab host={host} active />);
  await runCheck(user);
  expect(screen.getByTestId("detected").textContent).toContain("巡察整改情况报告");
  const missing = screen
    .queryAllByTestId("finding")
    .filter((el) => el.getAttribute("data-rule") === "required-sections")
    .map((el) => el.textContent ?? "");
  expect(missing).toHaveLength(1);
  expect(missing[0]).toContain("缺少“下一步工作打算”部分");
  const options = kindOptions();
  expect(options).toContain(`${XUNCHA_KIND_ID}=巡察整改情况报告`);
  expect(options.indexOf(`${XUNCHA_KIND_ID}=巡察整改情况报告`)).toBe(1); // after 自动识别, before the built-in kinds
});

test("without the pack the kind is neither detected nor offered", async () => {
  const user = userEvent.setup();
  render(<CheckTab host={new MemoryHost({ model: modelFromLines(XUNCHA_REPORT) })} active />);
  await runCheck(user);
  expect(screen.getByTestId("detected").textContent).not.toContain("巡察整改情况报告");
  expect(kindOptions().some((o) => o.startsWith(`${XUNCHA_KIND_ID}=`))).toBe(false);
});
