import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplatesTab } from "../../src/taskpane/templates/TemplatesTab";
import { MemoryHost } from "../../src/host/memory";
import { modelFromLines } from "../../src/core/model";
import { buildOutline } from "../../src/core/outline";
import { HostError } from "../../src/host/host";
import { setLocale } from "../../src/i18n";
import { makePack } from "../../src/genre/template-schema";
import { SCAFFOLDS } from "../../src/genre/scaffolds";
import { TEMPLATES } from "../../src/genre/templates";
import { formatChineseDate } from "../../src/core/fields";

const DOC = [
  "关于2024年度党风廉政建设工作情况的报告",
  "现将有关情况报告如下：",
  "一、主要工作情况",
  "（一）强化组织领导。一是召开专题会议。",
  "二、存在的问题",
  "责任传导不够到位。",
  "三、下一步工作打算",
  "压实责任。",
];

function setup(lines: string[] = [""]) {
  const host = new MemoryHost({ model: modelFromLines(lines) });
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesTab host={host} active />
    </FluentProvider>,
  );
  return { host, ...utils };
}

const texts = (host: MemoryHost) => host.getModel().paragraphs.map((p) => p.text);

beforeEach(() => setLocale("zh-CN"));

describe("template gallery", () => {
  test("lists every template, searches by name, previews the outline of the selected one", () => {
    setup();
    for (const t of TEMPLATES) expect(screen.getByTestId(`template-${t.id}`)).toBeTruthy();
    fireEvent.click(screen.getByTestId("template-unit-annual"));
    const outline = screen.getByTestId("template-outline");
    const items = within(outline)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toContain("一、主要工作情况");
    expect(items).toContain("（五）健全制度机制");
    expect(items).toContain("三、下一步工作打算");
    fireEvent.change(screen.getByRole("searchbox", { name: "按名称搜索模板" }), {
      target: { value: "述责述廉" },
    });
    expect(screen.getByTestId("template-personal-shuzeshulian")).toBeTruthy();
    expect(screen.queryByTestId("template-unit-annual")).toBeNull();
    fireEvent.change(screen.getByRole("searchbox", { name: "按名称搜索模板" }), {
      target: { value: "没有这种模板" },
    });
    expect(screen.getByText("没有符合条件的模板。")).toBeTruthy();
  });

  test("the form has the defaults (last year, today's date) and inserting fills an empty document", async () => {
    const { host } = setup();
    fireEvent.click(screen.getByTestId("template-unit-annual"));
    const year = String(new Date().getFullYear() - 1);
    expect((screen.getByTestId("field-year") as HTMLInputElement).value).toBe(year);
    expect((screen.getByTestId("field-date") as HTMLInputElement).value).toBe(formatChineseDate(new Date()));
    fireEvent.change(screen.getByTestId("field-unit"), { target: { value: "江东市审计局" } });
    fireEvent.change(screen.getByTestId("field-to"), { target: { value: "市纪委" } });
    fireEvent.click(screen.getByTestId("insert-template"));
    await waitFor(() => expect(texts(host)[0]).toBe(`关于${year}年度党风廉政建设和反腐败工作情况的报告`));
    expect(texts(host)[1]).toBe("市纪委：");
    expect(texts(host).slice(-2)).toEqual(["江东市审计局", formatChineseDate(new Date())]);
    expect(screen.getByTestId("templates-notice").textContent).toMatch(
      /已插入模板“党风廉政建设和反腐败工作情况报告”/,
    );
    // The inserted headings carry the heading role's format (Heading 1 for 一、).
    const h1 = host.getModel().paragraphs.find((p) => p.text === "一、主要工作情况");
    expect(h1?.styleBuiltIn).toBe("Heading1");
  });

  test("a bad year or date blocks inserting with a message", () => {
    setup();
    fireEvent.change(screen.getByTestId("field-year"), { target: { value: "24" } });
    expect(screen.getByText("年度应为四位数字，例如 2024。")).toBeTruthy();
    expect((screen.getByTestId("insert-template") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId("field-year"), { target: { value: "2024" } });
    fireEvent.change(screen.getByTestId("field-date"), { target: { value: "2024-13-01" } });
    expect(screen.getByText("成文日期应写成 2024年12月20日 的形式。")).toBeTruthy();
  });

  test("a non-empty document asks before inserting at the cursor; cancel inserts nothing", async () => {
    const { host } = setup(DOC);
    host.setCursor(1, 0);
    fireEvent.click(screen.getByTestId("insert-template"));
    await screen.findByTestId("confirm-not-empty");
    expect(texts(host)).toEqual(DOC);
    fireEvent.click(screen.getByText("取消"));
    expect(screen.queryByTestId("confirm-not-empty")).toBeNull();
    expect(texts(host)).toEqual(DOC);
    fireEvent.click(screen.getByTestId("insert-template"));
    fireEvent.click(await screen.findByTestId("confirm-at-cursor"));
    await waitFor(() => expect(texts(host).length).toBeGreaterThan(DOC.length));
    expect(texts(host).slice(0, 2)).toEqual(DOC.slice(0, 2));
    expect(texts(host)[2]).toMatch(/年度述责述廉报告$/);
  });

  test("a host error is shown in the user's language and nothing is lost", async () => {
    const { host } = setup();
    host.failNextCall(new HostError("readOnly", "read only"));
    fireEvent.click(screen.getByTestId("insert-template"));
    expect((await screen.findByTestId("error-bar")).textContent).toMatch(/只读/);
    expect(texts(host)).toEqual([""]);
  });
});

describe("scaffolds", () => {
  const open = async (lines: string[], cursor: number) => {
    const r = setup(lines);
    // The caret inside the line (as after a click in it); the start of a heading has its own rule.
    r.host.setCursor(cursor, Math.min(1, lines[cursor]?.length ?? 0));
    fireEvent.click(screen.getByTestId("view-scaffolds"));
    await screen.findByTestId("scaffold-picker");
    return r;
  };

  test("at least 40 scaffolds; search and theme filter", async () => {
    await open(DOC, 0);
    const list = screen.getByRole("list", { name: "章节框架" });
    expect(within(list).getAllByRole("listitem").length).toBe(SCAFFOLDS.length);
    expect(SCAFFOLDS.length).toBeGreaterThanOrEqual(40);
    fireEvent.change(screen.getByTestId("scaffold-theme"), { target: { value: "family" } });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["注重家庭家教家风家风", "管好身边工作人员家风"]);
    fireEvent.change(screen.getByTestId("scaffold-theme"), { target: { value: "" } });
    fireEvent.change(screen.getByRole("searchbox", { name: "搜索章节框架" }), {
      target: { value: "四种形态" },
    });
    expect(screen.getByTestId("scaffold-supervision-four-forms")).toBeTruthy();
    expect(screen.queryByTestId("scaffold-family-staff")).toBeNull();
  });

  test("between 二、 and 三、: shows 将插入为 三、…, offers renumbering, inserts and shifts 三、 to 四、", async () => {
    const { host } = await open(DOC, 4);
    fireEvent.click(screen.getByTestId("scaffold-problems-general"));
    expect((await screen.findByTestId("scaffold-plan")).textContent).toBe("将插入为 三、存在的问题");
    const renumber = screen.getByTestId("scaffold-renumber") as HTMLInputElement;
    expect(renumber.checked).toBe(true);
    expect(screen.getByText("后面的 1 个标题顺延编号（如 三、 改为 四、）")).toBeTruthy();
    fireEvent.click(screen.getByTestId("insert-scaffold"));
    await waitFor(() => expect(texts(host)).toContain("四、下一步工作打算"));
    expect(texts(host).slice(0, 7)).toEqual([...DOC.slice(0, 6), "三、存在的问题"]);
    const numbers = buildOutline(host.getModel())
      .headings.filter((h) => h.level === 1)
      .map((h) => h.number);
    expect(numbers).toEqual([1, 2, 3, 4]);
    expect(screen.getByTestId("templates-notice").textContent).toBe(
      "已插入“三、存在的问题”，后面 1 个标题已顺延编号。",
    );
  });

  test("coming back to the pane after moving the cursor updates the planned marker", async () => {
    const { host } = await open(DOC, 4);
    fireEvent.click(screen.getByTestId("scaffold-dual-duty"));
    expect((await screen.findByTestId("scaffold-plan")).textContent).toBe("将插入为 三、认真落实“一岗双责”");
    host.setCursor(3, 1);
    fireEvent.focus(window);
    await waitFor(() =>
      expect(screen.getByTestId("scaffold-plan").textContent).toBe("将插入为 （二）认真落实“一岗双责”"),
    );
  });

  test("the plan says where in one sentence; at the start of a heading the section goes before it", async () => {
    const { host } = await open(DOC, 4);
    fireEvent.click(screen.getByTestId("scaffold-problems-general"));
    expect((await screen.findByTestId("scaffold-sentence")).textContent).toBe(
      "将插入为 三、存在的问题，放在“二、存在的问题”这一部分之后。",
    );
    host.setCursor(6, 0);
    fireEvent.focus(window);
    await waitFor(() =>
      expect(screen.getByTestId("scaffold-sentence").textContent).toBe(
        "将插入为 三、存在的问题，放在“三、下一步工作打算”之前。",
      ),
    );
    expect(screen.getByText(/如 三、 改为 四、/)).toBeTruthy();
    fireEvent.click(screen.getByTestId("insert-scaffold"));
    await waitFor(() => expect(texts(host)).toContain("四、下一步工作打算"));
    expect(texts(host).indexOf("三、存在的问题")).toBeLessThan(texts(host).indexOf("四、下一步工作打算"));
    expect(texts(host).indexOf("三、存在的问题")).toBeGreaterThan(texts(host).indexOf("责任传导不够到位。"));
  });

  test("renumbering can be declined", async () => {
    const { host } = await open(DOC, 4);
    fireEvent.click(screen.getByTestId("scaffold-problems-general"));
    fireEvent.click(await screen.findByTestId("scaffold-renumber"));
    fireEvent.click(screen.getByTestId("insert-scaffold"));
    await waitFor(() => expect(texts(host).length).toBeGreaterThan(DOC.length));
    expect(texts(host).filter((x) => x.startsWith("三、")).length).toBe(2);
  });

  test("inside （一）'s section a theme scaffold becomes （二）; the level override makes it 三、", async () => {
    const { host } = await open(DOC, 3);
    fireEvent.click(screen.getByTestId("scaffold-conduct-four-winds"));
    expect((await screen.findByTestId("scaffold-plan")).textContent).toBe("将插入为 （二）持续纠治“四风”");
    fireEvent.change(screen.getByTestId("scaffold-level"), { target: { value: "1" } });
    await waitFor(() =>
      expect(screen.getByTestId("scaffold-plan").textContent).toBe("将插入为 二、持续纠治“四风”"),
    );
    fireEvent.click(screen.getByTestId("insert-scaffold"));
    await waitFor(() => expect(texts(host)).toContain("二、持续纠治“四风”"));
    expect(texts(host)).toContain("三、存在的问题");
    expect(texts(host)).toContain("四、下一步工作打算");
  });

  test("in a table cell: refused with a message, insert disabled", async () => {
    const lines = modelFromLines(DOC);
    lines.paragraphs[5].tableNestingLevel = 1;
    const host = new MemoryHost({ model: lines });
    host.setCursor(5, 0);
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplatesTab host={host} active />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByTestId("view-scaffolds"));
    fireEvent.click(await screen.findByTestId("scaffold-dual-duty"));
    expect((await screen.findByTestId("scaffold-refused")).textContent).toBe(
      "光标位于表格中，无法在此插入章节。请将光标移到表格外。",
    );
    expect((screen.getByTestId("insert-scaffold") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("fields and packs", () => {
  test("下一个待填项 walks the unfilled fields, then says when none is left", async () => {
    const { host } = setup();
    fireEvent.change(screen.getByTestId("field-year"), { target: { value: "" } });
    fireEvent.click(screen.getByTestId("template-personal-shuzeshulian"));
    fireEvent.click(screen.getByTestId("insert-template"));
    await waitFor(() => expect(texts(host)[0]).toBe("【请填写年度】年度述责述廉报告"));
    host.setCursor(0, 0);
    fireEvent.click(screen.getByTestId("next-field"));
    await waitFor(() => expect(host.getSelection()).toEqual({ paragraph: 0, offset: 0, length: 7 }));
    fireEvent.click(screen.getByTestId("next-field"));
    await waitFor(() => expect(host.getSelection()?.paragraph).toBeGreaterThan(0));

    const empty = new MemoryHost({ model: modelFromLines(["一、已写完的内容"]) });
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplatesTab host={empty} active />
      </FluentProvider>,
    );
    fireEvent.click(screen.getAllByTestId("next-field")[1]);
    expect(await screen.findByText("没有待填项了。")).toBeTruthy();
  });

  const upload = (json: string) => {
    const input = screen.getByTestId("pack-file") as HTMLInputElement;
    const file = new File([json], "pack.json", { type: "application/json" });
    Object.defineProperty(file, "text", { value: () => Promise.resolve(json) });
    fireEvent.change(input, { target: { files: [file] } });
  };

  test("importing a valid pack adds its entries and keeps them in the user's settings", async () => {
    const { host } = setup();
    const own = {
      ...SCAFFOLDS[0],
      id: "org-own",
      name: { "zh-CN": "本局特色做法", "en-US": "Our own practice" },
    };
    upload(JSON.stringify(makePack([], [own])));
    expect((await screen.findByTestId("templates-notice")).textContent).toBe(
      "已导入 0 个模板、1 个章节框架。",
    );
    expect(host.userSettings.get<{ scaffolds: { id: string }[] }>("templates.pack")?.scaffolds[0].id).toBe(
      "org-own",
    );
    fireEvent.click(screen.getByTestId("view-scaffolds"));
    expect(await screen.findByTestId("scaffold-org-own")).toBeTruthy();
  });

  test("an invalid pack imports nothing and names the entry and the field", async () => {
    const { host } = setup();
    const bad = makePack(
      [],
      [SCAFFOLDS[0], { ...SCAFFOLDS[1], section: { ...SCAFFOLDS[1].section, heading: "" } }],
    );
    upload(JSON.stringify(bad));
    const box = await screen.findByTestId("pack-errors");
    expect(box.textContent).toContain("模板包无效，未导入任何内容：");
    expect(box.textContent).toContain(
      `第 2 个章节框架（${SCAFFOLDS[1].id}）的字段“section.heading”：不能为空`,
    );
    expect(host.userSettings.get("templates.pack")).toBeUndefined();
    upload("{oops");
    await waitFor(() =>
      expect(screen.getByTestId("pack-errors").textContent).toContain("不是有效的 JSON 文件"),
    );
  });

  test("English strings when the locale is en-US", () => {
    setLocale("en-US");
    setup();
    expect(screen.getByText("Insert template")).toBeTruthy();
    expect(screen.getByText("Next field")).toBeTruthy();
  });
});
