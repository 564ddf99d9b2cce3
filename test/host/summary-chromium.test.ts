/**
 * The --summary HTML in chromium (issue 13): it loads nothing but itself, sorts by a clicked column
 * (numbers as numbers, both directions) and is screenshotted to test-results/review/summary.png.
 * Skipped without /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { chromium } from "playwright-core";
import { summaryHtml } from "../../src/cli/check-summary";
import type { TaskOutcome } from "../../src/cli/check-task";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS = join(__dirname, "../../test-results/review");
const maybe = existsSync(CHROMIUM) ? test : test.skip;

function outcome(file: string, errors: number, warnings: number, rules: Record<string, number>): TaskOutcome {
  return {
    json: { file, kind: "unit-annual", year: 2024, error: null },
    jsonText: "",
    lines: "",
    counts: { error: errors, warning: warnings, info: 0 },
    rules,
    error: null,
    note: null,
    annotateFailed: false,
  };
}

maybe(
  "sorts by a clicked column, loads no other resource, and is screenshotted",
  async () => {
    const outcomes = [
      outcome("甲局.docx", 9, 1, { placeholder: 9, "paragraph-end": 1 }),
      outcome("乙局.docx", 12, 0, { placeholder: 12 }),
      outcome("丙局.docx", 2, 3, { "halfwidth-punctuation": 2, "previous-year": 3 }),
      {
        ...outcome("丁局.doc", 0, 0, {}),
        error: "“丁局.doc”是 .doc 文件，需要 LibreOffice 转换",
        json: { file: "丁局.doc", kind: null, year: null, error: "x", findings: [] },
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), "lz-summary-"));
    const file = join(dir, "summary.html");
    writeFileSync(file, summaryHtml(outcomes, "zh-CN"));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox"],
      headless: true,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 520 } });
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      const firstColumn = () =>
        page.$$eval("#files tbody tr", (rows) =>
          rows.map((r) => (r as HTMLTableRowElement).cells[0].textContent),
        );
      expect(await firstColumn()).toEqual(["甲局.docx", "乙局.docx", "丙局.docx", "丁局.doc"]);
      await page.click("#files thead th:nth-child(4)"); // 错误, ascending
      expect(await firstColumn()).toEqual(["丁局.doc", "丙局.docx", "甲局.docx", "乙局.docx"]);
      await page.click("#files thead th:nth-child(4)"); // descending
      expect(await firstColumn()).toEqual(["乙局.docx", "甲局.docx", "丙局.docx", "丁局.doc"]);
      expect(await page.getAttribute("#files thead th:nth-child(4)", "aria-sort")).toBe("descending");
      // keyboard: Enter on the 警告 heading
      await page.focus("#files thead th:nth-child(5)");
      await page.keyboard.press("Enter");
      expect(await firstColumn()).toEqual(["乙局.docx", "丁局.doc", "甲局.docx", "丙局.docx"]);
      const rules = await page.$$eval("#rules tbody tr", (rows) =>
        rows.map((r) => (r as HTMLTableRowElement).cells[0].textContent),
      );
      expect(rules[0]).toBe("placeholder");
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: join(RESULTS, "summary.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  },
  120_000,
);
