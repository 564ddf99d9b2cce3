/**
 * The WPS host reads per paragraph in a loop (the WPS API is synchronous and in process): reading a
 * 2,000-paragraph document through the fake WPS object model (every member access goes through a counting,
 * checking Proxy). Budget ≤ 200 ms median (issue 15). Also the cursor and the guard read of one fix.
 */
import { WpsHost } from "../../src/host/wps/host";
import type { WpsApplicationApi } from "../../src/host/wps/api";
import { mapStorage } from "../../src/host/word-storage";
import { FakeWpsDocument } from "../host/fake-wps";
import { type BenchRow, timeMedian } from "./util";

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
  ];
}
