/** e2e global teardown: stop the static servers started by global-setup (dist/ and the WPS加载项). */
import { rmSync } from "fs";
import path from "path";

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __lianzhengE2eServer?: { close(): Promise<void> } };
  await holder.__lianzhengE2eServer?.close();
  holder.__lianzhengE2eServer = undefined;
  rmSync(path.resolve(__dirname, "../../test-results/e2e/server.json"), { force: true });
}
