import { readFileSync } from "fs";
import { join } from "path";
import { ruleMetas } from "../../src/core/check";

describe("src/core/rules/README.md", () => {
  it("lists every registered rule with its default severity and scope", () => {
    const readme = readFileSync(join(__dirname, "../../src/core/rules/README.md"), "utf8");
    for (const m of ruleMetas()) {
      const row = readme.split("\n").find((l) => l.startsWith(`| \`${m.id}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(`| ${m.category} | ${m.severity} | ${m.scope} |`);
    }
  });
});
