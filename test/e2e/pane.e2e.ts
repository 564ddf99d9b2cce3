/**
 * Issue 12: the pane as a writer meets it. At 320×500 and 500×800, in zh-CN and en-US, every tab fits
 * without horizontal scrolling, the primary button of each flow is in view, and axe finds no serious
 * violation; screenshots go to /work/screens (or LIANZHENG_SCREENS). Then text typed through an input
 * method (CDP's IME emulation) moves the cursor, and a phrase inserted after it lands after that text.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import {
  baseUrl,
  docParagraphs,
  launch,
  openSeed,
  openTab,
  paneLocator,
  placeCaret,
  runAxe,
  type Session,
} from "./helpers";

const SCREENS = process.env.LIANZHENG_SCREENS ?? "/work/screens";

let s: Session;
beforeAll(async () => {
  s = await launch({ viewport: { width: 1280, height: 900 } });
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => {
  await s?.close();
});

async function openSized(page: Page, size: string, lang: string, tab: string): Promise<void> {
  await page.goto(`${baseUrl()}/preview.html?pane=${size}&lang=${lang}&tab=${tab}`);
  await page.getByTestId("taskpane").waitFor({ state: "visible" });
}

/** Horizontal overflow of the pane's scrolling area and of the pane column (0 when it fits). */
async function horizontalOverflow(page: Page): Promise<{ main: number; pane: number; wide: string[] }> {
  return page.evaluate(() => {
    const pane = document.querySelector("[data-testid=pane-column]") as HTMLElement;
    const main = pane.querySelector("main") as HTMLElement;
    const right = main.getBoundingClientRect().right;
    // The visible elements that stick out to the right (for the failure message).
    const wide = [...main.querySelectorAll<HTMLElement>("*")]
      .filter(
        (el) =>
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== "hidden" &&
          // Fluent's empty SearchBox dismiss is a 0-px-high box just past the field, its icon hidden.
          !el.closest(".fui-SearchBox__dismiss") &&
          el.getBoundingClientRect().right > right + 1,
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className.toString().slice(0, 40)} ${el.textContent?.slice(0, 30)}`,
      );
    return {
      main: main.scrollWidth - main.clientWidth,
      pane: pane.scrollWidth - pane.clientWidth,
      wide,
    };
  });
}

/** The whole of `el` is inside the pane's visible scrolling area. */
async function inView(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const main = await page.locator("[data-testid=pane-column] main").boundingBox();
  if (!box || !main) return false;
  return (
    box.y >= main.y - 1 &&
    box.y + box.height <= main.y + main.height + 1 &&
    box.x >= main.x - 1 &&
    box.x + box.width <= main.x + main.width + 1
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await paneLocator(page).screenshot({ path: path.join(SCREENS, `${name}.png`) });
}

async function expectFits(page: Page, where: string): Promise<void> {
  const o = await horizontalOverflow(page);
  expect({ where, ...o }).toEqual({ where, main: 0, pane: 0, wide: [] });
}

const NAMES = {
  "zh-CN": { phrases: "短语", check: "检查", layout: "排版", outline: "大纲", templates: "模板" },
  "en-US": {
    phrases: "Phrases",
    check: "Check",
    layout: "Layout",
    outline: "Outline",
    templates: "Templates",
  },
} as const;

describe.each(["320x500", "500x800"])("pane %s", (size) => {
  test.each(["zh-CN", "en-US"] as const)(
    "%s: every tab fits, primary buttons in view, axe clean",
    async (lang) => {
      const page = await s.newPage();
      const tag = `${size}-${lang}`;
      await openSized(page, size, lang, "templates");
      const pane = paneLocator(page);
      const names = NAMES[lang];

      // 模板: a template chosen, its form filled in part; 插入模板 stays in view.
      await pane.getByTestId("template-unit-annual").click();
      await pane.getByTestId("template-outline").waitFor();
      await pane.getByTestId("field-unit").fill("某某市某某局");
      await expectFits(page, `templates ${tag}`);
      expect(await inView(page, pane.getByTestId("insert-template"))).toBe(true);
      await shot(page, `pane-${tag}-templates`);
      expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

      // 章节框架 on a real report: 插入 in view with the sentence that says where.
      await openSeed(page, "004");
      await placeCaret(page, 2, 1);
      await pane.getByTestId("view-scaffolds").click();
      await pane.getByTestId("scaffold-problems-general").click();
      await pane.getByTestId("scaffold-sentence").waitFor();
      // Where it goes, said in one sentence (the caret inside 一、's heading line: after that part).
      expect(await pane.getByTestId("scaffold-sentence").textContent()).toBe(
        lang === "zh-CN"
          ? "将插入为 二、存在的问题，放在“一、主要工作情况”这一部分之后。"
          : "Will be inserted as 二、存在的问题, after the part “一、主要工作情况”.",
      );
      await expectFits(page, `scaffolds ${tag}`);
      expect(await inView(page, pane.getByTestId("insert-scaffold"))).toBe(true);
      await shot(page, `pane-${tag}-scaffolds`);
      expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

      // 短语: a search with results.
      await openTab(page, names.phrases);
      const search = pane.getByTestId("phrase-search");
      await search.fill("lgwh");
      await pane.getByTestId("phrase-option").first().waitFor();
      await expectFits(page, `phrases ${tag}`);
      expect(await inView(page, search)).toBe(true);
      await shot(page, `pane-${tag}-phrases`);
      expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

      // 检查: a check with findings; the check button stays in view when the list is scrolled to the end.
      await openSeed(page, "003");
      await openTab(page, names.check);
      await pane.getByTestId("check-run").click();
      await pane.locator("[data-testid^=group-]").first().waitFor();
      await expectFits(page, `check ${tag}`);
      await shot(page, `pane-${tag}-check`);
      await page.locator("[data-testid=pane-column] main").evaluate((m) => m.scrollTo(0, m.scrollHeight));
      expect(await inView(page, pane.getByTestId("check-run"))).toBe(true);
      await shot(page, `pane-${tag}-check-scrolled`);
      expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

      // 排版 and 大纲.
      await openTab(page, names.layout);
      await pane.getByTestId("layout-read").click();
      await pane.getByTestId("layout-table").waitFor();
      await expectFits(page, `layout ${tag}`);
      expect(await inView(page, pane.getByTestId("layout-apply"))).toBe(true);
      await shot(page, `pane-${tag}-layout`);
      expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

      await openTab(page, names.outline);
      await pane.getByRole("tree").first().waitFor();
      await expectFits(page, `outline ${tag}`);
      await shot(page, `pane-${tag}-outline`);
      expect(await runAxe(page, "[data-testid=pane-column]")).toEqual([]);

      s.requests.assertLocalOnly();
      expect(s.pageErrors).toEqual([]);
      await page.close();
    },
  );
});

test("text typed through an IME moves the cursor; a phrase inserted next lands after it", async () => {
  const page = await s.newPage();
  await openSized(page, "320x500", "zh-CN", "phrases");
  await openSeed(page, "003");
  const before = await docParagraphs(page);
  const target = before.findIndex((p, i) => i > 0 && p.trim().length > 10);
  // The caret at the end of the paragraph, then an IME composes and commits two characters.
  await placeCaret(page, target, before[target].length);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "lian", selectionStart: 4, selectionEnd: 4 });
  await cdp.send("Input.imeSetComposition", { text: "廉洁", selectionStart: 2, selectionEnd: 2 });
  await cdp.send("Input.insertText", { text: "廉洁" });
  await page.waitForFunction(
    ([i, want]) =>
      (document.querySelector(`[data-testid=doc-text-${i}]`) as HTMLTextAreaElement)?.value === want,
    [target, `${before[target]}廉洁`] as const,
  );
  // Then a phrase from the pane, without clicking in the document again.
  const pane = paneLocator(page);
  const search = pane.getByTestId("phrase-search");
  await search.click();
  await search.fill("sgys");
  await pane.getByTestId("phrase-option").first().waitFor();
  await search.press("Enter");
  await pane.getByTestId("phrase-notice").waitFor();
  const after = await docParagraphs(page);
  expect(after[target]).toBe(`${before[target]}廉洁四个意识`);
  await shot(page, "pane-ime-phrase");
  expect(s.pageErrors).toEqual([]);
  await page.close();
});
