/**
 * The WPS host reads per paragraph in a loop (the WPS API is synchronous and in process): reading a
 * 2,000-paragraph document through the fake WPS object model (every member access goes through a counting,
 * checking Proxy). Budget ≤ 200 ms median (issue 15). Also the cursor, and 一键排版 / 撤销排版 of the same
 * document (object-model calls and time; test/host/wps-layout.test.ts asserts the call bound).
 */
import { WpsHost } from "../../src/host/wps/host";
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { mapStorage } from "../../src/host/word-storage";
import { FakeWpsDocument } from "../host/fake-wps";
import { layoutPlan } from "../../src/core/layout-plan";
import { buildOutline } from "../../src/core/outline";
import { type BenchRow, median, timeMedian } from "./util";

/** 一键排版 then 撤销排版 of a fresh 2,000-paragraph document: calls and ms of each. */
async function layoutOnce(): Promise<{ apply: number; undo: number; applyCalls: number; undoCalls: number }> {
  const doc = wpsDocument(2000);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  const model = await host.readModel();
  const plan = layoutPlan(model, buildOutline(model));
  const calls = () => doc.stats.gets + doc.stats.sets;
  let c0 = calls();
  let t0 = performance.now();
  await host.applyLayout(plan);
  const apply = performance.now() - t0;
  const applyCalls = calls() - c0;
  c0 = calls();
  t0 = performance.now();
  await host.undoLayout();
  return { apply, undo: performance.now() - t0, applyCalls, undoCalls: calls() - c0 };
}

export function wpsDocument(paragraphs: number): FakeWpsDocument {
  const lines = Array.from({ length: paragraphs }, (_, i) =>
    i % 10 === 0
      ? {
          text: `${i / 10 + 1}、第${i}段的标题`,
          style: "标题 1",
          outlineLevel: 1,
          fontName: "黑体",
          fontSize: 16,
        }
      : { text: `这是第${i}段正文，用来测量逐段读取的开销。`.repeat(2), firstLineIndent: 32 },
  );
  return new FakeWpsDocument(lines);
}

export default async function bench(): Promise<BenchRow[]> {
  const doc = wpsDocument(2000);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  doc.stats.gets = 0;
  await host.readModel();
  const calls = doc.stats.gets;
  doc.setSelection(1500, 3);
  const layouts = [];
  for (let i = 0; i < 5; i++) layouts.push(await layoutOnce());
  return [
    {
      name: "readModel, 2,000 paragraphs (fake WPS)",
      median: timeMedian(() => void host.readModel(), 15, 3),
      budget: 200,
    },
    { name: "object-model reads per readModel", median: calls, unit: "calls", digits: 0 },
    {
      name: "getCursor, 2,000 paragraphs",
      median: timeMedian(() => void host.getCursor(), 15, 3),
      budget: 10,
    },
    { name: "一键排版, 2,000 paragraphs (fake WPS)", median: median(layouts.map((l) => l.apply)) },
    { name: "object-model calls per 一键排版", median: layouts[0].applyCalls, unit: "calls", digits: 0 },
    { name: "撤销排版, 2,000 paragraphs (fake WPS)", median: median(layouts.map((l) => l.undo)) },
    { name: "object-model calls per 撤销排版", median: layouts[0].undoCalls, unit: "calls", digits: 0 },
  ];
}
