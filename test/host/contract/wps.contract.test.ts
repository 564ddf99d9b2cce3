import { WpsHost } from "../../../src/host/wps/host";
import type { WpsApplicationApi } from "../../../src/host/wps/api";
import { mapStorage } from "../../../src/host/word-storage";
import { FakeWpsDocument } from "../fake-wps";
import { describeHostContract } from "./contract";
import { describeLayoutContract, describeReviewContract } from "./contract-review";

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

function wpsSetup(paragraphs: string[]) {
  const doc = new FakeWpsDocument(paragraphs);
  const host = new WpsHost(doc.application() as WpsApplicationApi, { userStorage: mapStorage() });
  return { doc, host };
}

describeReviewContract("WPS (fake window.Application)", (paragraphs) => {
  const { doc, host } = wpsSetup(paragraphs);
  return {
    host,
    texts: () => doc.texts(),
    addUserComment: (p, offset, length, text) => {
      const start = doc.starts()[p] + offset;
      doc.comments.push({ start, end: start + length, text, author: "张三", initial: "Z" });
    },
    comments: () => doc.comments.map((c) => ({ anchor: doc.story.slice(c.start, c.end), text: c.text })),
    tracking: {
      get: () => doc.trackRevisions,
      set: (on) => void (doc.trackRevisions = on),
    },
    trackedEdits: () => doc.revisions.length,
  };
});

describeLayoutContract("WPS (fake window.Application)", (paragraphs) => {
  const { doc, host } = wpsSetup(paragraphs);
  return {
    host,
    texts: () => doc.texts(),
    page: () => {
      const s = doc.sections[0];
      return {
        a4: s.paperSize === 7,
        margins: [s.topMargin, s.bottomMargin, s.leftMargin, s.rightMargin],
        pageNumbers: s.footers[1].fields.some((f) => f.type === 33),
      };
    },
  };
});
