/** The 排版 tab's 一键排版 extras against the in-memory host: 撤销排版, what the host could not set, profiles. */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { DocModel } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { mapStorage } from "../../src/host/word-storage";
import { setLocale } from "../../src/i18n";
import { LayoutTab } from "../../src/taskpane/layout/LayoutTab";
import { PROFILES_KEY, PROFILE_KEY } from "../../src/taskpane/layout/LayoutProfiles";
import { makeLayoutPack } from "../../src/core/layout-profiles";
import { STANDARD_PROFILE } from "../../src/genre/layout-profile-data";

const LINES = [
  "关于2025年度落实全面从严治党主体责任情况的报告",
  "县委：",
  "一、主要工作",
  "（一）强化组织领导。班子每季度专题研究一次。",
  "全年开展谈心谈话四十余人次。",
  "某某局党组",
  "2025年12月20日",
];
const model = (): DocModel => ({
  paragraphs: LINES.map((text) => ({ text, fontName: "宋体", fontSize: 12 })),
});

beforeEach(() => setLocale("zh-CN"));

function setup(host = new MemoryHost({ model: model(), userStorage: mapStorage() })) {
  render(<LayoutTab host={host} active />);
  return host;
}

test("撤销排版 puts back every format the 排版 changed, in one call", async () => {
  const host = setup();
  await screen.findByTestId("layout-table");
  const undo = screen.getByTestId("layout-undo") as HTMLButtonElement;
  expect(undo.disabled).toBe(true);
  fireEvent.click(screen.getByTestId("layout-apply"));
  await screen.findByTestId("layout-result");
  expect(host.getModel().paragraphs[4]).toMatchObject({ fontName: "仿宋_GB2312", fontSize: 16 });
  expect(host.layoutState.spans.map((s) => s.paragraph)).toEqual([3]);
  expect(host.layoutState.page?.paper).toBe("A4");
  await waitFor(() => expect(undo.disabled).toBe(false));
  fireEvent.click(undo);
  expect((await screen.findByTestId("layout-undo-result")).textContent).toBe("已恢复排版前的格式（7 处）。");
  expect(host.getModel()).toEqual(model());
  expect(host.layoutState).toEqual({ page: null, spans: [] });
});

test("what the host could not set is said, one line each with the way to do it by hand", async () => {
  const host = new MemoryHost({ model: model() });
  const apply = host.applyLayout.bind(host);
  host.applyLayout = async (plan) => ({
    ...(await apply(plan)),
    notSet: ["pageSetup", "pageNumbers", "latinFont", "exactLineSpacing"],
  });
  setup(host);
  await screen.findByTestId("layout-table");
  fireEvent.click(screen.getByTestId("layout-apply"));
  await screen.findByTestId("layout-gaps");
  expect(screen.getByTestId("layout-gap-pageSetup").textContent).toMatch(
    /上37毫米、下35毫米、左28毫米、右26毫米/,
  );
  expect(screen.getByTestId("layout-gap-pageNumbers").textContent).toMatch(/插入 > 页码/);
  expect(screen.getByTestId("layout-gap-exactLineSpacing").textContent).toMatch(/固定值”，设置值28.95磅/);
  expect(screen.queryByTestId("layout-gap-oddEvenFooters")).toBeNull();
});

test("an organisation's profile pack is imported whole and chosen; a bad pack changes nothing", async () => {
  const userStorage = mapStorage();
  const host = setup(new MemoryHost({ model: model(), userStorage }));
  await screen.findByTestId("layout-table");
  const file = screen.getByTestId("layout-profile-file") as HTMLInputElement;
  const bad = makeLayoutPack([{ ...STANDARD_PROFILE, id: "org", name: "本单位", lineSpacingPt: 40 }]);
  fireEvent.change(file, { target: { files: [new File([JSON.stringify(bad)], "bad.json")] } });
  expect((await screen.findByTestId("layout-profile-note")).textContent).toMatch(/^文件不是有效的排版方案/);
  expect(host.userSettings.get(PROFILES_KEY)).toBeUndefined();
  const good = makeLayoutPack([
    { ...STANDARD_PROFILE, id: "org", name: "本单位", lineSpacingPt: 28, fallbackFonts: true },
  ]);
  fireEvent.change(file, { target: { files: [new File([JSON.stringify(good)], "org.json")] } });
  await waitFor(() =>
    expect(screen.getByTestId("layout-profile-note").textContent).toBe("已导入 1 个排版方案。"),
  );
  expect(host.userSettings.get(PROFILE_KEY)).toBe("org");
  expect(screen.getByTestId("layout-format-body").textContent).toMatch(/^仿宋，三号.*行距固定值28磅/);
  fireEvent.click(screen.getByTestId("layout-apply"));
  await screen.findByTestId("layout-result");
  expect(host.getModel().paragraphs[4]).toMatchObject({ fontName: "仿宋", lineSpacing: 28 });
});
