/** The 短语 tab shows year tokens resolved for the document's year and hides phrases later than it. */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PhrasesTab } from "../../src/taskpane/phrases/PhrasesTab";
import { MemoryHost } from "../../src/host/memory";
import { modelFromLines } from "../../src/core/model";
import { setLocale } from "../../src/i18n";
import { PACK_KEY } from "../../src/taskpane/templates/packs";

function setup(title: string) {
  const host = new MemoryHost({
    model: modelFromLines([title, "现将有关情况报告如下：", "一、主要工作情况", "正文。"]),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesTab host={host} active />
    </FluentProvider>,
  );
  return host;
}

const optionTexts = () =>
  within(screen.getByTestId("phrase-list"))
    .queryAllByTestId("phrase-option-text")
    .map((o) => o.textContent ?? "");
const optionTitles = () =>
  within(screen.getByTestId("phrase-list"))
    .queryAllByRole("option")
    .map((o) => o.querySelector("span")?.textContent);

beforeEach(() => setLocale("zh-CN"));

test("a 2025 report: the plenum phrase shows 二十届中央纪委四次全会, in the list and in the detail", async () => {
  const user = userEvent.setup();
  setup("关于2025年度履行党风廉政建设主体责任情况的报告");
  await user.type(screen.getByTestId("phrase-search"), "学习贯彻本年度中央纪委全会精神");
  await waitFor(() => expect(optionTexts().some((t) => t.includes("二十届中央纪委四次全会"))).toBe(true));
  expect(optionTexts().some((t) => t.includes("{{"))).toBe(false);
  expect(screen.getByTestId("phrase-detail-text").textContent).toContain(
    "及时传达学习二十届中央纪委四次全会精神",
  );
});

test("a document without a year: the token shows as a 【请填写…】 field, never raw", async () => {
  const user = userEvent.setup();
  setup("履行党风廉政建设主体责任情况的报告");
  await user.type(screen.getByTestId("phrase-search"), "学习贯彻本年度中央纪委全会精神");
  await waitFor(() =>
    expect(optionTexts().some((t) => t.includes("【请填写本年度学习贯彻的中央纪委全会】"))).toBe(true),
  );
  expect(optionTexts().some((t) => t.includes("{{"))).toBe(false);
});

async function offeredTitles(title: string): Promise<(string | null | undefined)[]> {
  const user = userEvent.setup();
  setup(title);
  const box = screen.getByTestId("phrase-search");
  // wait until the document's year is read (the plenum phrase shows resolved)
  await user.type(box, "学习贯彻本年度中央纪委全会精神");
  await waitFor(() => expect(optionTexts().some((t) => t.includes("【请填写"))).toBe(false));
  await user.clear(box);
  await user.type(box, "党纪学习教育成果");
  // the year is known by now: the results follow the query synchronously
  expect((box as HTMLInputElement).value).toBe("党纪学习教育成果");
  return optionTitles();
}

test("a 2023 report is not offered the 党纪学习教育 phrase (since 2024-04)", async () => {
  expect(await offeredTitles("关于2023年度履行党风廉政建设主体责任情况的报告")).not.toContain(
    "党纪学习教育成果",
  );
});

test("a 2024 report is offered it", async () => {
  expect(await offeredTitles("关于2024年度履行党风廉政建设主体责任情况的报告")).toContain("党纪学习教育成果");
});

test("an organisation's year row (its pack) resolves the tokens in the preview and on insertion", async () => {
  const user = userEvent.setup();
  const host = new MemoryHost({
    model: modelFromLines([
      "关于2027年度履行党风廉政建设主体责任情况的报告",
      "现将有关情况报告如下：",
      "一、主要工作情况",
      "",
    ]),
  });
  await host.userSettings.set(PACK_KEY, {
    format: "lianzheng-pack",
    version: 1,
    references: [
      {
        id: "zhongjiwei-20-6",
        name: "二十届中央纪委六次全会",
        patterns: ["二十届中央纪委六次全会"],
        since: "2027-01",
        source: "示例（仅供测试）",
        confirmed: false,
      },
    ],
    yearItems: [
      { year: 2027, plenum: { name: "二十届中央纪委六次全会", ref: "zhongjiwei-20-6" }, plan: "十五五" },
    ],
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesTab host={host} active />
    </FluentProvider>,
  );
  await user.type(screen.getByTestId("phrase-search"), "学习贯彻本年度中央纪委全会精神");
  await waitFor(() => expect(optionTexts().some((t) => t.includes("二十届中央纪委六次全会"))).toBe(true));
  await user.keyboard("{Enter}");
  await waitFor(() =>
    expect(
      host.getModel().paragraphs.some((p) => p.text.includes("及时传达学习二十届中央纪委六次全会精神")),
    ).toBe(true),
  );
});
