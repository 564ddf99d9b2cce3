// Runs every build-time generator in scripts/gen/ (each writes into src/genre/generated/, not committed).
import { readdirSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(here, "..", "src", "genre", "generated"), { recursive: true });
for (const f of readdirSync(join(here, "gen"))
  .filter((f) => f.endsWith(".mjs"))
  .sort()) {
  const mod = await import(pathToFileURL(join(here, "gen", f)).href);
  await mod.default();
}
