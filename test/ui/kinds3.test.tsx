/** The pane's kind picker offers the three kinds of issue 14 and names the detected one. */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelFromLines } from "../../src/core/model";
import { MemoryHost } from "../../src/host/memory";
import { setLocale } from "../../src/i18n";
import { CheckTab } from "../../src/taskpane/check/CheckTab";

const REVIEW = [
  "2024年度民主生活会个人对照检查材料",
  "按照通知要求，现将个人对照检查情况报告如下：",
  "一、对照检查查摆的问题",
  "理论学习不够深入。",
  "二、产生问题的原因",
  "党性锻炼有所放松。",
  "三、下一步整改措施",
  "深化理论武装。",
];

beforeEach(() => setLocale("zh-CN"));

test("the kind picker offers the new kinds; a 对照检查材料 is detected as one, with no missing 存在的问题", async () => {
  const user = userEvent.setup();
  const host = new MemoryHost({ model: modelFromLines(REVIEW) });
  render(<CheckTab host={host} active />);
  await user.click(screen.getByTestId("check-run"));
  await waitFor(() => expect(screen.getByTestId("check-summary").textContent).not.toContain("点击"));
  const box = screen.getByTestId("kind-year");
  const options = within(box)
    .getAllByRole("option")
    .map((o) => [(o as HTMLOptionElement).value, o.textContent]);
  expect(options).toEqual(
    expect.arrayContaining([
      ["shuzhi-shulian", "述职述廉报告（年度考核，含述德述法）"],
      ["inspection-rectification", "巡视巡察整改进展情况报告"],
      ["democratic-life-review", "民主生活会个人对照检查材料"],
    ]),
  );
  expect(screen.getByTestId("detected").textContent).toContain("民主生活会个人对照检查材料");
  expect(
    screen.queryAllByTestId("finding").some((f) => f.getAttribute("data-rule") === "required-sections"),
  ).toBe(false);
  await user.selectOptions(within(box).getByRole("combobox"), "inspection-rectification");
  expect((within(box).getByRole("combobox") as HTMLSelectElement).value).toBe("inspection-rectification");
});
