import { FakeDocument, installFakeOffice } from "./fake-word";
import { bootOffice, themeFromBackground } from "../../src/host/word-boot";
import { WordHost } from "../../src/host/word";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function install(options: Parameters<typeof installFakeOffice>[1], apiVersion = 1.6) {
  const doc = new FakeDocument(["甲"]);
  doc.apiVersion = apiVersion;
  uninstall = installFakeOffice(doc, options).uninstall;
}

describe("bootOffice", () => {
  test("in Word with WordApi 1.3: a WordHost, the display language and the theme", async () => {
    install({ displayLanguage: "en-US", bodyBackgroundColor: "#262626" });
    const r = await bootOffice();
    expect(r.problem).toBeNull();
    expect(r.host).toBeInstanceOf(WordHost);
    expect(r.locale).toBe("en-US");
    expect(r.theme).toBe("dark");
  });

  test("Chinese display language, light theme", async () => {
    install({ displayLanguage: "zh-CN", bodyBackgroundColor: "#FFFFFF" });
    const r = await bootOffice();
    expect(r).toMatchObject({ locale: "zh-CN", theme: "light", problem: null });
  });

  test("another Office application: notWord, no host", async () => {
    install({ host: "Excel" });
    expect(await bootOffice()).toMatchObject({ host: null, problem: "notWord" });
  });

  test("outside Office (office.js answers with host null): notWord", async () => {
    install({ host: null });
    expect(await bootOffice()).toMatchObject({ host: null, problem: "notWord" });
  });

  test("Word below WordApi 1.3: requirementSet", async () => {
    install({}, 1.2);
    expect(await bootOffice()).toMatchObject({ host: null, problem: "requirementSet" });
  });

  test("office.js not loaded at all: notWord", async () => {
    const g = globalThis as Record<string, unknown>;
    const saved = g.Office;
    delete g.Office;
    try {
      expect(await bootOffice()).toMatchObject({ host: null, problem: "notWord", theme: "light" });
    } finally {
      g.Office = saved;
    }
  });
});

test("themeFromBackground", () => {
  expect(themeFromBackground("#000000")).toBe("dark");
  expect(themeFromBackground("#444444")).toBe("dark");
  expect(themeFromBackground("#F3F3F3")).toBe("light");
  expect(themeFromBackground("not a colour")).toBe("light");
  expect(themeFromBackground(undefined)).toBe("light");
});
