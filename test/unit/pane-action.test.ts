/** 检查并保存 again when the pane already shows the button's URL: the pane drops ?action= once taken. */
import { actionFromSearch, withoutAction } from "../../src/taskpane/shell/tabs";

test("the action is dropped from the address once the pane took it", () => {
  const href = "https://localhost:3000/taskpane.html?tab=check&action=checkAndSave";
  expect(actionFromSearch(new URL(href).search)).toBe("checkAndSave");
  const plain = withoutAction(href)!;
  expect(plain).toBe("https://localhost:3000/taskpane.html?tab=check");
  expect(actionFromSearch(new URL(plain).search)).toBeNull();
  expect(withoutAction("https://localhost:3000/taskpane.html?action=checkAndSave")).toBe(
    "https://localhost:3000/taskpane.html?tab=check",
  );
  expect(withoutAction("https://localhost:3000/taskpane.html?tab=layout")).toBeNull();
});
