/**
 * The fake itself must be strict, or the adapter's tests could pass against something Word would reject.
 */
import { FakeDocument, FakeOfficeError, installFakeOffice, type FakeContext } from "./fake-word";

type Ctx = FakeContext;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function setup(paragraphs: ConstructorParameters<typeof FakeDocument>[0]) {
  const doc = new FakeDocument(paragraphs);
  const installed = installFakeOffice(doc);
  uninstall = installed.uninstall;
  const run = <T>(batch: (ctx: Ctx) => Promise<T>) =>
    (globalThis as unknown as { Word: { run: typeof installed.fake.word.run } }).Word.run(batch);
  return { doc, fake: installed.fake, run };
}

describe("fake Word: load-before-read", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const { run } = setup(["甲", "乙"]);
    await expect(
      run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load("style");
        await ctx.sync();
        return ps.items[0].text;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("reading after load but before sync throws", async () => {
    const { run } = setup(["甲"]);
    await expect(
      run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load("text");
        return ps.items.length;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      run(async (ctx) => {
        const p = ctx.document.body.paragraphs.getFirst();
        p.load("text");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- on purpose
        return p.text;
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });

  test("font/name loads the font's name only; items/ prefix accepted", async () => {
    const { run } = setup([
      { text: "标题", runs: [{ text: "标题", font: { name: "黑体", size: 16, bold: true } }] },
    ]);
    const out = await run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load("items/text,font/name");
      await ctx.sync();
      const p = ps.items[0];
      let sizeError: unknown = null;
      try {
        void p.font.size;
      } catch (e) {
        sizeError = e;
      }
      return { text: p.text, name: p.font.name, sizeError };
    });
    expect(out.text).toBe("标题");
    expect(out.name).toBe("黑体");
    expect(out.sizeError).toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("unknown properties and properties above the API version fail at sync", async () => {
    const { run, doc } = setup(["甲"]);
    await expect(
      run(async (ctx) => {
        ctx.document.body.paragraphs.load("txet");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    doc.apiVersion = 1.2;
    await expect(
      run(async (ctx) => {
        ctx.document.body.paragraphs.load("text,styleBuiltIn");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("fake Word: syncs", () => {
  test("counts round trips; an empty sync is free; Word.run syncs pending work at the end", async () => {
    const { run, fake, doc } = setup(["甲"]);
    fake.resetStats();
    await run(async (ctx) => {
      await ctx.sync();
      ctx.document.body.paragraphs.getFirst().insertText("！", "End");
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.syncCalls).toBe(2);
    expect(doc.texts()).toEqual(["甲！"]);
  });

  test("an error at sync stops the batch: later actions do not run", async () => {
    const { run, doc } = setup(["甲乙"]);
    await expect(
      run(async (ctx) => {
        const p = ctx.document.body.paragraphs.getFirst();
        p.insertText("1", "End");
        p.search("不存在").getFirst().insertText("x", "Replace");
        p.insertText("2", "End");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(doc.texts()).toEqual(["甲乙1"]);
  });

  test("read-only documents reject changes with AccessDenied", async () => {
    const { run, doc } = setup(["甲"]);
    doc.readOnly = true;
    await expect(
      run(async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertText("x", "End");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(doc.texts()).toEqual(["甲"]);
  });
});

describe("fake Word: search semantics", () => {
  async function find(paragraphs: string[], text: string, options: Record<string, boolean> = {}) {
    const { run } = setup(paragraphs);
    return run(async (ctx) => {
      const r = ctx.document.body.search(text, options);
      r.load("text");
      await ctx.sync();
      return r.items.map((x) => x.text);
    });
  }

  test("case-insensitive by default, matchCase respected", async () => {
    expect(await find(["Word word WORD"], "word")).toEqual(["Word", "word", "WORD"]);
    expect(await find(["Word word WORD"], "word", { matchCase: true })).toEqual(["word"]);
  });

  test("non-overlapping, left to right", async () => {
    expect(await find(["XXXXX"], "XX")).toEqual(["XX", "XX"]);
  });

  test("^ is Word's escape: ^^ finds a caret, ^t a tab; a lone ^ is an error", async () => {
    expect(await find(["a^b\tc"], "a^^b^tc")).toEqual(["a^b\tc"]);
    await expect(find(["a^b"], "a^b")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("over 255 characters is an error", async () => {
    await expect(find(["x".repeat(300)], "x".repeat(256))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("wildcards: 【[!】]@】 finds each placeholder", async () => {
    expect(await find(["【单位】关于【年度】", "无"], "【[!】]@】", { matchWildcards: true })).toEqual([
      "【单位】",
      "【年度】",
    ]);
  });

  test("matches do not cross paragraphs", async () => {
    expect(await find(["甲乙", "丙丁"], "乙丙")).toEqual([]);
  });
});

describe("fake Word: ranges track edits", () => {
  test("a range after an insertion moves with its text", async () => {
    const { run, doc } = setup(["一二三四五"]);
    await run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      const four = p.search("四").getFirst();
      p.search("二").getFirst().insertText("二二二", "Replace");
      four.insertText("4", "Replace");
      await ctx.sync();
    });
    expect(doc.texts()).toEqual(["一二二二三4五"]);
  });
});
