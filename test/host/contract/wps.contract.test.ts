import { WpsHost } from "../../../src/host/wps/host";
import type { WpsApplicationApi } from "../../../src/host/wps/api";
import { mapStorage } from "../../../src/host/word-storage";
import { FakeWpsDocument } from "../fake-wps";
import { describeHostContract } from "./contract";

describeHostContract("WPS (fake window.Application)", (paragraphs) => {
  const doc = new FakeWpsDocument(paragraphs);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  return {
    host,
    texts: () => doc.texts(),
    setCursor: (p, o, l = 0) => doc.setSelection(p, o, l),
    selection: () => doc.selectionLocation(),
    userSetText: (i, text) => {
      const starts = doc.starts();
      doc.replace(starts[i], starts[i + 1] - 1, text);
    },
    setReadOnly: () => void (doc.readOnly = true),
    saves: () => doc.saveCount,
  };
});
