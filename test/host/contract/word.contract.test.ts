import { WordHost } from "../../../src/host/word";
import { mapStorage } from "../../../src/host/word-storage";
import { FakeDocument, installFakeOffice } from "../fake-word";
import { describeHostContract } from "./contract";
import { describeLayoutContract, describeReviewContract } from "./contract-review";

describeHostContract("Word (fake Office.js)", (paragraphs) => {
  const doc = new FakeDocument(paragraphs);
  const { fake, uninstall } = installFakeOffice(doc);
  const host = new WordHost({ userStorage: mapStorage() });
  return {
    host,
    texts: () => doc.texts(),
    setCursor: (p, o, l = 0) => doc.setSelection(p, o, l),
    selection: () => doc.selectionLocation(),
    userSetText: (i, text) => doc.userSetText(i, text),
    setReadOnly: () => void (doc.readOnly = true),
    saves: () => fake.saves,
    dispose: uninstall,
  };
});

function wordSetup(paragraphs: string[]) {
  const doc = new FakeDocument(paragraphs);
  const { uninstall } = installFakeOffice(doc);
  const host = new WordHost({ userStorage: mapStorage() });
  return { doc, host, uninstall };
}

describeReviewContract("Word (fake Office.js)", (paragraphs) => {
  const { doc, host, uninstall } = wordSetup(paragraphs);
  return {
    host,
    texts: () => doc.texts(),
    addUserComment: (p, offset, length, text) => {
      const start = doc.starts()[p] + offset;
      doc.addComment({ start, end: start + length }, text);
    },
    comments: () => doc.commentsAt().map((c) => ({ anchor: c.text, text: c.content })),
    tracking: {
      get: () => doc.changeTrackingMode !== "Off",
      set: (on) => void (doc.changeTrackingMode = on ? "TrackAll" : "Off"),
    },
    trackedEdits: () => doc.trackedEdits,
    dispose: uninstall,
  };
});

describeLayoutContract("Word (fake Office.js, desktop)", (paragraphs) => {
  const { doc, host, uninstall } = wordSetup(paragraphs);
  return {
    host,
    texts: () => doc.texts(),
    page: () => ({
      a4: doc.pageSetup.paperSize === "A4",
      margins: [
        doc.pageSetup.topMargin,
        doc.pageSetup.bottomMargin,
        doc.pageSetup.leftMargin,
        doc.pageSetup.rightMargin,
      ],
      pageNumbers: doc.footers.Primary.fields.includes("Page"),
    }),
    undoKeeps: ["lineSpacing"],
    dispose: uninstall,
  };
});
