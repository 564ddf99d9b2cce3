// Renders the icon sources in assets/*.svg to the PNGs the manifest and the pages use, with Debian's
// chromium driven by playwright-core (transparent screenshots). The PNGs are committed: run this only
// after changing an SVG.
//
//   node scripts/make-icons.mjs [--sheet out.png]     (--sheet also writes a contact sheet to look at)
//
// logo.svg        -> icon-32/64/80/128.png and logo-filled.png (256 px)
// logo-small.svg  -> icon-16.png (the seal's character is unreadable at 16 px; this one is drawn for it)
// btn-<name>.svg  -> btn-<name>-16/32/80.png (ribbon buttons)
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
/* global document */
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const assets = join(root, "assets");
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`make-icons: ${executablePath} not found (Debian package chromium; or set CHROMIUM_PATH)`);
  process.exit(2);
}

/** [source svg, output png, size] */
const jobs = [["logo-small.svg", "icon-16.png", 16]];
for (const size of [32, 64, 80, 128]) jobs.push(["logo.svg", `icon-${size}.png`, size]);
jobs.push(["logo.svg", "logo-filled.png", 256]);
for (const f of readdirSync(assets)
  .filter((f) => /^btn-.+\.svg$/.test(f))
  .sort()) {
  for (const size of [16, 32, 80]) jobs.push([f, f.replace(/\.svg$/, `-${size}.png`), size]);
}

const dataUrl = (file) => "data:image/svg+xml;base64," + readFileSync(join(assets, file)).toString("base64");

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [src, out, size] of jobs) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img id="i" width="${size}" height="${size}" src="${dataUrl(src)}"></body></html>`,
    );
    await page.waitForFunction(() => document.getElementById("i").complete);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.locator("#i").screenshot({ omitBackground: true });
    writeFileSync(join(assets, out), png);
    console.log(`${out} (${size}x${size}) from ${src}`);
  }
  const sheetAt = process.argv.indexOf("--sheet");
  if (sheetAt > 0) {
    // Every PNG at 1:1 on white and on the dark ribbon colour, and magnified 4x without smoothing.
    const pngs = jobs.map(([, out, size]) => [out, size]);
    const cell = (bg, scale) =>
      pngs
        .map(
          ([out, size]) =>
            `<img style="image-rendering:pixelated;margin:4px;vertical-align:top;width:${Math.min(size * scale, 256)}px" src="data:image/png;base64,${readFileSync(join(assets, out)).toString("base64")}">`,
        )
        .join("");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.setContent(
      `<body style="margin:0"><div style="background:#fff;padding:8px">${cell("#fff", 1)}</div><div style="background:#292929;padding:8px">${cell("#292929", 1)}</div><div style="background:#f3f3f3;padding:8px">${cell("#fff", 4)}</div></body>`,
    );
    writeFileSync(process.argv[sheetAt + 1], await page.screenshot({ fullPage: true }));
  }
} finally {
  await browser.close();
}
