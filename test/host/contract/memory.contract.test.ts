import { MemoryHost } from "../../../src/host/memory";
import { modelFromLines } from "../../../src/core/model";
import { describeHostContract } from "./contract";
import { describeLayoutContract, describeReviewContract } from "./contract-review";

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

describeReviewContract("memory", (paragraphs) => {
  const host = new MemoryHost({ model: modelFromLines(paragraphs), review: true });
  const texts = () => host.getModel().paragraphs.map((p) => p.text);
  return {
    host,
    texts,
    addUserComment: (paragraph, offset, length, text) =>
      host.review!.comments.push({ paragraph, offset, length, text, own: false }),
    comments: () =>
      host.review!.comments.map((c) => ({
        anchor: texts()[c.paragraph].slice(c.offset, c.offset + c.length),
        text: c.text,
      })),
    trackedEdits: () => host.review!.trackedEdits,
  };
});

describeLayoutContract("memory", (paragraphs) => {
  const host = new MemoryHost({ model: modelFromLines(paragraphs) });
  return {
    host,
    texts: () => host.getModel().paragraphs.map((p) => p.text),
    page: () => {
      const page = host.layoutState.page;
      return {
        a4: page?.paper === "A4",
        margins: page ? [page.topPt, page.bottomPt, page.leftPt, page.rightPt] : [0, 0, 0, 0],
        pageNumbers: page?.pageNumbers != null,
      };
    },
  };
});
