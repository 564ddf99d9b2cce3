/**
 * Automatic list numbering in Word (issue 10): readModel reads each paragraph's list label
 * (listItemOrNullObject/listString, WordApi 1.3) in its single load and sync, and the engine sees a
 * heading numbered by a multilevel list like a typed one.
 */
import { FakeDocument, installFakeOffice, type FakeOffice } from "./fake-word";
import { READ_PROPS, WordHost } from "../../src/host/word";
import { mapStorage } from "../../src/host/word-storage";
import { buildOutline } from "../../src/core/outline";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function setup(paragraphs: ConstructorParameters<typeof FakeDocument>[0]) {
  const doc = new FakeDocument(paragraphs);
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  const fake: FakeOffice = installed.fake;
  const host = new WordHost({ userStorage: mapStorage() });
  fake.resetStats();
  return { doc, fake, host };
}

describe("list labels from Word", () => {
  test("READ_PROPS asks for the label in the same load", () => {
    expect(READ_PROPS.split(",")).toContain("listItemOrNullObject/listString");
    // The whole path list, built from the typed load options (word-read.ts READ_SHAPE).
    expect(READ_PROPS).toBe(
      "text,style,styleBuiltIn,outlineLevel,isListItem,tableNestingLevel,alignment,firstLineIndent,leftIndent," +
        "lineSpacing,font/name,font/size,font/bold,listItemOrNullObject/listString",
    );
  });

  test("labels are read in one sync and one load; a paragraph without a list has none", async () => {
    const { host, fake } = setup([
      "关于2025年度履行全面从严治党主体责任情况的报告",
      { text: "主要工作情况", listString: "一、", styleBuiltIn: "Heading1", outlineLevel: 1 },
      { text: "强化理论武装", listString: "（一）" },
      "局党组带头学习。",
      { text: "表格里的项目", tableNestingLevel: 1, isListItem: true },
      { text: "存在的问题", listString: "二、" },
    ]);
    const m = await host.readModel();
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.loads).toBe(1);
    expect(m.paragraphs.map((p) => p.listLabel)).toEqual([
      undefined,
      "一、",
      "（一）",
      undefined,
      undefined,
      "二、",
    ]);
    expect(m.paragraphs[1].text).toBe("主要工作情况");
    const outline = buildOutline(m);
    expect(outline.headings.map((h) => [h.paragraph, h.level, h.number, h.marker])).toEqual([
      [1, 1, 1, "一、"],
      [2, 2, 1, "（一）"],
      [5, 1, 2, "二、"],
    ]);
  });
});
