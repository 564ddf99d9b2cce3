import { MemoryHost } from "../../../src/host/memory";
import { modelFromLines } from "../../../src/core/model";
import { describeHostContract } from "./contract";

describeHostContract("memory", (paragraphs) => {
  const host = new MemoryHost({ model: modelFromLines(paragraphs) });
  return {
    host,
    texts: () => host.getModel().paragraphs.map((p) => p.text),
    setCursor: (p, o, l = 0) => host.setCursor(p, o, l),
    selection: () => host.getCursorSync(),
    userSetText: (i, text) => host.setParagraphText(i, text),
    setReadOnly: () => host.setReadOnly(true),
    saves: () => host.saveCount,
  };
});
