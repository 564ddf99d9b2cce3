import { defineMessages, interpolate, resolveLocale, registry, LOCALES } from "../../src/i18n";
import { readdirSync } from "fs";
import { join } from "path";

describe("i18n", () => {
  it("interpolates named parameters and leaves unknown ones", () => {
    expect(interpolate("共{n}处，{x}", { n: 3 })).toBe("共3处，{x}");
  });

  it("interpolates the same template again and again with other params (split once, kept)", () => {
    const template = "{a}{b}：“{text}”应为“{fix}”{a}";
    expect(interpolate(template, { a: 1, b: "乙", text: "$&", fix: "{a}" })).toBe("1乙：“$&”应为“{a}”1");
    expect(interpolate(template, { a: 2, b: "", text: "某某", fix: "x" })).toBe("2：“某某”应为“x”2");
    expect(interpolate(template, {})).toBe(template);
    expect(interpolate("{a-b}{}{ a}无参数", { a: 1 })).toBe("{a-b}{}{ a}无参数");
    expect(interpolate("{n}", { n: 0 })).toBe("0");
    expect(interpolate("无参数")).toBe("无参数");
  });

  it("resolves language tags", () => {
    expect(resolveLocale("en-GB")).toBe("en-US");
    expect(resolveLocale("zh_CN.UTF-8")).toBe("zh-CN");
    expect(resolveLocale(undefined)).toBe("zh-CN");
  });

  it("translates with the requested locale and falls back to zh-CN", () => {
    const t = defineMessages({ "zh-CN": { hi: "你好，{name}" }, "en-US": { hi: "Hello, {name}" } });
    expect(t("hi", { name: "甲" })).toBe("你好，甲");
    expect(t("hi", { name: "A" }, "en-US")).toBe("Hello, A");
  });

  it("every message bundle has the same keys in every locale, none empty", async () => {
    const dir = join(__dirname, "../../src/i18n/messages");
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) await import(join(dir, f));
    expect(registry.length).toBeGreaterThan(0);
    for (const bundle of registry) {
      const keys = Object.keys(bundle["zh-CN"]).sort();
      for (const l of LOCALES) {
        expect(Object.keys(bundle[l]).sort()).toEqual(keys);
        for (const k of keys) expect(bundle[l][k as never]).not.toBe("");
      }
    }
  });
});
