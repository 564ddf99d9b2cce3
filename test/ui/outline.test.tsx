/** The 大纲 tab and the reusable OutlineTree, against the in-memory host and seed 003. */
import * as React from "react";
import { readFileSync } from "fs";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildOutline } from "../../src/core/outline";
import { modelFromLines } from "../../src/core/model";
import { HostError } from "../../src/host/host";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { App } from "../../src/taskpane/App";
import { OutlineTab } from "../../src/taskpane/outline/OutlineTab";
import { OutlineTree, headingLocation } from "../../src/taskpane/outline/OutlineTree";
import { countByParagraph, sectionBadges } from "../../src/taskpane/outline/badges";

const SEED = "/work/shared/seeds/003_139e5e9c6414882d.txt";
function seedLines(): string[] {
  const lines = readFileSync(SEED, "utf8").split(/\r\n|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function seedHost(): MemoryHost {
  return new MemoryHost({ model: modelFromLines(seedLines()) });
}

/** The visible text of a tree item's own line (marker + heading text). */
function itemLine(item: HTMLElement): string {
  const layout = item.querySelector(".fui-TreeItemLayout__main");
  return layout?.textContent ?? "";
}

beforeEach(() => setLocale("zh-CN"));

test("seed 003: title, 一、二、三、 at the top and 1.–5. under 一、", async () => {
  render(<OutlineTab host={seedHost()} active />);
  const tree = await screen.findByRole("tree", { name: "标题层级" });
  const top = within(tree)
    .getAllByRole("treeitem")
    .filter((i) => i.getAttribute("aria-level") === "1");
  expect(top.map(itemLine)).toEqual(["一、廉政履责情况", "二、存在问题和不足", "三、下一阶段改进措施"]);
  const first = top[0];
  const subs = within(first)
    .getAllByRole("treeitem")
    .filter((i) => i.getAttribute("aria-level") === "2");
  expect(subs.map(itemLine)).toEqual([
    "1.执行政治纪律和政治规矩情况",
    "2.履行管党治党责任情况",
    "3.推进党风廉政建设和反腐败工作情况",
    "4.执行廉洁纪律情况",
    "5.落实意识形态工作情况",
  ]);
  expect(screen.getByTestId("outline-part-title").textContent).toBe("2022年度述责述廉报告");
  // 主送, 落款 and 日期 are not in this seed: said so, not left blank.
  expect(within(screen.getByTestId("outline-parts")).getAllByText("未识别")).toHaveLength(3);
  expect(screen.getByText(`共 ${seedLines().length} 段，16 个编号标题`)).toBeTruthy();
});

test("clicking a heading selects its whole line in the document", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  render(<OutlineTab host={host} active />);
  await screen.findByRole("tree");
  await user.click(screen.getByText("存在问题和不足"));
  await waitFor(() => expect(host.getSelection()).toEqual({ paragraph: 14, offset: 0, length: 9 }));
  expect(seedLines()[14]).toBe("二、存在问题和不足");
  const item = screen.getAllByRole("treeitem").find((i) => i.dataset.paragraph === "14");
  expect(item?.getAttribute("aria-current")).toBe("true");
});

test("a run-in heading selects the marker and its first sentence only", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  render(<OutlineTab host={host} active />);
  await screen.findByRole("tree");
  await user.click(screen.getByText("推动重大部署落实还有差距。"));
  // 1.推动重大部署落实还有差距。 = 2 + 13 code units.
  await waitFor(() => expect(host.getSelection()).toEqual({ paragraph: 15, offset: 0, length: 15 }));
});

test("keyboard: arrows move between headings, Enter selects, folding keeps the branch", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  render(<OutlineTab host={host} active />);
  await screen.findByRole("tree");
  const items = () => screen.getAllByRole("treeitem");
  items()[0].focus();
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement?.getAttribute("data-paragraph")).toBe("4");
  await user.keyboard("{Enter}");
  await waitFor(() => expect(host.getSelection()).toEqual({ paragraph: 4, offset: 0, length: 15 }));
  // Enter on a branch selects it and does not fold it.
  items()[0].focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(host.getSelection()?.paragraph).toBe(3));
  expect(items()[0].getAttribute("aria-expanded")).toBe("true");
  // ArrowLeft folds, ArrowRight unfolds.
  await user.keyboard("{ArrowLeft}");
  expect(items()[0].getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByText("执行廉洁纪律情况")).toBeNull();
  await user.keyboard("{ArrowRight}");
  expect(items()[0].getAttribute("aria-expanded")).toBe("true");
});

test("the title and the other parts are selectable too", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  render(<OutlineTab host={host} active />);
  await user.click(await screen.findByTestId("outline-part-title"));
  await waitFor(() => expect(host.getSelection()).toEqual({ paragraph: 0, offset: 0, length: 12 }));
});

test("刷新 reads the document again; the tab does not refresh on its own", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  render(<OutlineTab host={host} active />);
  await screen.findByText("存在问题和不足");
  host.setParagraphText(14, "二、存在的主要问题");
  expect(screen.queryByText("存在的主要问题")).toBeNull();
  await user.click(screen.getByRole("button", { name: "刷新" }));
  expect(await screen.findByText("存在的主要问题")).toBeTruthy();
  expect(screen.queryByText("存在问题和不足")).toBeNull();
});

test("the outline is read again when its tab is shown again", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  render(<App host={host} initialTab="outline" />);
  await screen.findByText("存在问题和不足");
  await user.click(screen.getByRole("tab", { name: "检查" }));
  host.setParagraphText(14, "二、问题清单");
  await user.click(screen.getByRole("tab", { name: "大纲" }));
  expect(await screen.findByText("问题清单")).toBeTruthy();
});

test("a failing read and a failing select become messages, not crashes", async () => {
  const user = userEvent.setup();
  const host = seedHost();
  host.failNextCall(new HostError("api", "GeneralException"));
  render(<OutlineTab host={host} active />);
  expect((await screen.findByTestId("error-bar")).textContent).toContain("Word 返回错误：GeneralException");
  await user.click(screen.getByRole("button", { name: "刷新" }));
  await screen.findByRole("tree");
  expect(screen.queryByTestId("error-bar")).toBeNull();
  host.failNextCall(new HostError("notFound", "gone"));
  await user.click(screen.getByText("廉政履责情况"));
  expect((await screen.findByTestId("error-bar")).textContent).toContain("在文档中找不到该位置");
  expect(host.getSelection()).toBeNull();
});

test("an empty document and a document without numbered headings say what to do", async () => {
  const { unmount } = render(<OutlineTab host={new MemoryHost()} active />);
  expect(await screen.findByText("文档是空的。可在“模板”中插入一份报告模板。")).toBeTruthy();
  unmount();
  render(
    <OutlineTab host={new MemoryHost({ model: modelFromLines(["关于某事的说明", "正文一段。"]) })} active />,
  );
  expect(await screen.findByText("没有识别出编号标题")).toBeTruthy();
  expect(screen.queryByRole("tree")).toBeNull();
});

test("a non-standard marker is flagged with its standard form", async () => {
  render(
    <OutlineTab
      host={new MemoryHost({ model: modelFromLines(["一、情况", "(一)学习", "正文。", "（二）落实"]) })}
      active
    />,
  );
  await screen.findByRole("tree");
  const icon = screen.getByRole("img", { name: "编号写法不规范，应为“（一）”" });
  // the same hint on hover (a native title: the icon takes no focus)
  expect(icon.getAttribute("title")).toBe("编号写法不规范，应为“（一）”");
  expect(screen.getAllByRole("img", { name: /编号写法不规范/ })).toHaveLength(1);
});

test("OutlineTree shows section badges the check tab computes", () => {
  const model = modelFromLines(seedLines());
  const structure = buildOutline(model);
  const findings = [
    { paragraph: 5, severity: "error" as const },
    { paragraph: 5, severity: "warning" as const },
    { paragraph: 16, severity: "info" as const },
    { paragraph: null, severity: "error" as const },
  ];
  const byParagraph = countByParagraph(findings);
  expect(byParagraph.get(5)).toEqual({ errors: 1, warnings: 1, infos: 0 });
  const badges = sectionBadges(structure, byParagraph);
  // Paragraph 5 is in 1. (paragraph 4) under 一、 (3); paragraph 16 is 2. (16) under 二、 (14).
  expect([...badges.keys()].sort((a, b) => a - b)).toEqual([3, 4, 14, 16]);
  expect(badges.get(3)).toEqual({ errors: 1, warnings: 1, infos: 0 });
  expect(badges.get(14)).toEqual({ errors: 0, warnings: 0, infos: 1 });
  const onActivate = jest.fn();
  render(<OutlineTree structure={structure} badges={badges} onActivate={onActivate} />);
  expect(screen.getByTestId("badge-errors-4").textContent).toBe("1");
  expect(screen.getByTestId("badge-errors-4").getAttribute("aria-label")).toBe("1 个错误");
  expect(screen.getByTestId("badge-warnings-3").getAttribute("aria-label")).toBe("1 个警告");
  expect(screen.getByTestId("badge-infos-16").getAttribute("aria-label")).toBe("1 条提示");
  expect(screen.queryByTestId("badge-errors-6")).toBeNull();
  fireEvent.click(screen.getByText("执行廉洁纪律情况"));
  expect(onActivate).toHaveBeenCalledWith(expect.objectContaining({ paragraph: 10, marker: "4." }));
});

test("headingLocation starts at the marker even after leading spaces", () => {
  const structure = buildOutline(modelFromLines(["　一、总体情况"]));
  const h = structure.headings[0];
  expect(h).toBeDefined();
  const loc = headingLocation(h);
  expect(loc.offset).toBe(h.textOffset - h.marker.length);
  expect(loc.length).toBe(h.marker.length + h.text.length);
});
