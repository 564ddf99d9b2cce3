/**
 * The fake WPS's comments, page setup, footers, fields and fonts enforce the object model as the wps-jsapi typings
 * and VBA document it (test/host/fake-wps-page.ts, fake-wps.ts): the host's tests are only as good as these.
 */
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { FakeWpsDocument, FakeWpsError, renderFooter } from "./fake-wps";

function app(paragraphs: string[]) {
  const doc = new FakeWpsDocument(paragraphs);
  return { doc, d: (doc.application() as WpsApplicationApi).ActiveDocument! };
}

describe("fake WPS: comments", () => {
  test("Add takes a Range and a string; Item is 1-based in document order; Delete removes", () => {
    const { doc, d } = app(["甲乙丙丁", "戊己"]);
    expect(() => d.Comments.Add(undefined as never, "x")).toThrow(FakeWpsError);
    expect(() => d.Comments.Add(d.Range(0, 1), 5 as never)).toThrow(/string/);
    d.Comments.Add(d.Range(5, 7), "后");
    const c = d.Comments.Add(d.Range(1, 2), "前");
    c.Author = "廉政报告助手";
    expect(d.Comments.Count).toBe(2);
    expect(d.Comments.Item(1).Range.Text).toBe("前");
    expect(d.Comments.Item(1).Scope.Text).toBe("乙");
    expect(() => d.Comments.Item(0)).toThrow(/items/);
    expect(() => ((d.Comments.Item(1) as unknown as Record<string, unknown>).Text = "x")).toThrow(
      FakeWpsError,
    );
    d.Comments.Item(2).Delete();
    expect(doc.comments.map((x) => x.text)).toEqual(["前"]);
    doc.readOnly = true;
    expect(() => d.Comments.Add(d.Range(0, 1), "x")).toThrow(/只读/);
  });

  test("TrackRevisions takes a boolean; changes made while it is on are recorded", () => {
    const { doc, d } = app(["甲乙"]);
    expect(() => (d.TrackRevisions = 1 as never)).toThrow(/boolean/);
    d.TrackRevisions = true;
    d.Range(0, 1).Text = "丙";
    expect(doc.revisions).toEqual([{ start: 0, deleted: "甲", inserted: "丙" }]);
  });
});

describe("fake WPS: sections, page setup, footers, fields", () => {
  test("PageSetup takes a WdPaperSize and points; OddAndEvenPagesHeaderFooter -1/0, absent on older builds", () => {
    const { doc, d } = app(["甲"]);
    const ps = d.Sections.Item(1).PageSetup;
    expect(() => (ps.PaperSize = 99)).toThrow(/WdPaperSize/);
    expect(() => (ps.TopMargin = -3)).toThrow(/points/);
    expect(() => (ps.OddAndEvenPagesHeaderFooter = 2)).toThrow(/-1 or 0/);
    ps.OddAndEvenPagesHeaderFooter = -1;
    expect(doc.sections[0].oddAndEven).toBe(-1);
    expect(() => d.Sections.Item(2)).toThrow(/1-based/);
    doc.oddEvenFooters = false;
    expect(() => d.Sections.Item(1).PageSetup.OddAndEvenPagesHeaderFooter).toThrow(
      /not in the WPS object model/,
    );
  });

  test("a footer's Range takes text, a collapsed SetRange and Fields.Add; the field shows its result", () => {
    const { doc, d } = app(["甲"]);
    const footer = d.Sections.Item(1).Footers.Item(1);
    footer.Range.Text = "第页";
    const at = footer.Range;
    at.SetRange(1, 1);
    expect(at.Fields.Add(at, 33).Type).toBe(33);
    expect(footer.Range.Text).toBe("第1页\r");
    expect(renderFooter(doc.sections[0].footers[1], "{PAGE}")).toBe("第{PAGE}页");
    expect(() => d.Sections.Item(1).Footers.Item(2)).toThrow(/simulated/);
    expect(() => (footer.Range.Text = "一\r二")).toThrow(/one paragraph/);
    expect(() => d.Range(0, 1).Fields).toThrow(/not simulated/);
  });
});

describe("fake WPS: fonts", () => {
  test('a range over mixed fonts reads "" and 9999999; Font.Name with a Latin font sets only Latin text', () => {
    const { doc, d } = app(["甲乙丙丁"]);
    d.Range(0, 2).Font.NameFarEast = "黑体";
    d.Range(0, 2).Font.Size = 16;
    const all = d.Range(0, 4).Font;
    expect(all.NameFarEast).toBe("");
    expect(all.Size).toBe(9_999_999);
    expect(d.Range(0, 2).Font.NameFarEast).toBe("黑体");
    d.Range(0, 5).Font.Name = "Times New Roman";
    expect(doc.facts[0]).toMatchObject({ fontNameAscii: "Times New Roman", fontName: "宋体" });
    d.Range(0, 5).Font.Name = "仿宋_GB2312";
    expect(doc.facts[0]).toMatchObject({ fontNameAscii: "仿宋_GB2312", fontName: "仿宋_GB2312" });
    expect(d.Range(0, 4).Font.NameFarEast).toBe("仿宋_GB2312"); // the whole paragraph took it
    expect(() => (d.Range(0, 1).Font.Size = 0)).toThrow(/points/);
  });

  test("a character-unit first-line indent wins over the points, and reads in points", () => {
    const { doc, d } = app(["甲"]);
    const f = d.Paragraphs.Item(1).Range.ParagraphFormat;
    f.CharacterUnitFirstLineIndent = 2;
    expect(f.FirstLineIndent).toBe(2 * doc.facts[0].fontSize);
    f.FirstLineIndent = 32;
    expect(doc.facts[0]).toMatchObject({ charFirstLineIndent: 0, firstLineIndent: 32 });
    expect(() => (f.LineSpacingRule = 9)).toThrow(/WdLineSpacing/);
  });
});
