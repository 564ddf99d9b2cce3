import { WordHost } from "../../../src/host/word";
import { mapStorage } from "../../../src/host/word-storage";
import { FakeDocument, installFakeOffice } from "../fake-word";
import { describeHostContract } from "./contract";

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
