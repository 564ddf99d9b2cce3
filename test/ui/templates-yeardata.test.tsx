/** The 模板 tab imports an organisation's dated references and year rows with its pack (issue 14). */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplatesTab } from "../../src/taskpane/templates/TemplatesTab";
import { MemoryHost } from "../../src/host/memory";
import { modelFromLines } from "../../src/core/model";
import { setLocale } from "../../src/i18n";
import { loadPaneKinds } from "../../src/taskpane/kinds";

const REF = {
  id: "zhongjiwei-20-6",
  name: "二十届中央纪委六次全会",
  patterns: ["二十届中央纪委六次全会"],
  since: "2027-01",
  source: "示例（仅供测试）",
  confirmed: false,
};
const ROW = {
  year: 2027,
  plenum: { name: "二十届中央纪委六次全会", ref: "zhongjiwei-20-6" },
  plan: "十五五",
};

function setup() {
  const host = new MemoryHost({ model: modelFromLines([""]) });
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab host={host} active />
    </FluentProvider>,
  );
  return host;
}

function upload(json: string) {
  const input = screen.getByTestId("pack-file") as HTMLInputElement;
  const file = new File([json], "pack.json", { type: "application/json" });
  Object.defineProperty(file, "text", { value: () => Promise.resolve(json) });
  fireEvent.change(input, { target: { files: [file] } });
}

beforeEach(() => setLocale("zh-CN"));

test("a pack's references and year rows are imported, counted and given to the check", async () => {
  const host = setup();
  upload(JSON.stringify({ format: "lianzheng-pack", version: 1, references: [REF], yearItems: [ROW] }));
  expect((await screen.findByTestId("templates-notice")).textContent).toBe(
    "已导入 0 个模板、0 个章节框架。另有 1 条时间性引用、1 个年度条目，检查和插入时使用。",
  );
  expect((await loadPaneKinds(host.userSettings)).yearData?.itemsFor(2027)?.plenum.name).toBe(
    "二十届中央纪委六次全会",
  );
});

test("a year row naming no reference imports nothing and says which row and field", async () => {
  const host = setup();
  upload(JSON.stringify({ format: "lianzheng-pack", version: 1, yearItems: [ROW] }));
  const box = await screen.findByTestId("pack-errors");
  expect(box.textContent).toContain(
    "第 1 个年度条目（2027年）的字段“plenum.ref”：引用的条目不存在（应为本包或内置的时间性引用编号）",
  );
  expect(host.userSettings.get("templates.pack")).toBeUndefined();
});
