/**
 * e2e global setup: make sure the production build exists (dist/preview.html; built with
 * `npm run build:offline` when missing or when LIANZHENG_E2E_BUILD=1), then serve dist/ with a tiny
 * static server on 127.0.0.1 and a free port. The URL reaches the tests through the environment
 * (LIANZHENG_E2E_URL) and a file (test-results/e2e/server.json) — see helpers.ts.
 * The WPS加载项 the same way: dist-wps/lianzheng_<version>/taskpane.html, built with `npm run build:wps` when
 * missing or when LIANZHENG_E2E_BUILD=1 (LIANZHENG_E2E_WPS_DIST=<folder> serves another build), served by a
 * second server whose URL is LIANZHENG_E2E_WPS_URL and `wpsUrl` in server.json (wps.e2e.ts).
 */
import { execSync } from "child_process";
import { createReadStream, promises as fs } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
/** The build to serve: dist/, or LIANZHENG_E2E_DIST (a build made elsewhere). */
export const DIST = process.env.LIANZHENG_E2E_DIST
  ? path.resolve(process.env.LIANZHENG_E2E_DIST)
  : path.join(ROOT, "dist");
/** The WPS加载项 folder to serve (its taskpane.html runs the pane on the WPS host). */
export const DIST_WPS = process.env.LIANZHENG_E2E_WPS_DIST
  ? path.resolve(process.env.LIANZHENG_E2E_WPS_DIST)
  : path.join(ROOT, "dist-wps", wpsFolderName());
export const STATE_FILE = path.join(ROOT, "test-results", "e2e", "server.json");

export default async function globalSetup(): Promise<void> {
  if (process.env.LIANZHENG_E2E_BUILD === "1" || !existsSync(path.join(DIST, "preview.html"))) {
    process.stdout.write("\n[e2e] dist/preview.html missing: running npm run build:offline …\n");
    execSync("npm run build:offline", { cwd: ROOT, stdio: "inherit" });
  }
  if (!existsSync(path.join(DIST, "preview.html"))) {
    throw new Error("[e2e] the build did not produce dist/preview.html");
  }
  if (process.env.LIANZHENG_E2E_BUILD === "1" || !existsSync(path.join(DIST_WPS, "taskpane.html"))) {
    process.stdout.write(
      `\n[e2e] ${path.relative(ROOT, DIST_WPS)}/taskpane.html missing: npm run build:wps …\n`,
    );
    const t0 = Date.now();
    execSync("npm run build:wps", { cwd: ROOT, stdio: "inherit" });
    process.stdout.write(`[e2e] WPS build: ${Math.round((Date.now() - t0) / 1000)} s\n`);
  }
  if (!existsSync(path.join(DIST_WPS, "taskpane.html"))) {
    throw new Error(`[e2e] the WPS build did not produce ${DIST_WPS}/taskpane.html`);
  }
  const server = await startStaticServer(DIST);
  const wps = await startStaticServer(DIST_WPS);
  process.env.LIANZHENG_E2E_URL = server.url;
  process.env.LIANZHENG_E2E_WPS_URL = wps.url;
  mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ url: server.url, wpsUrl: wps.url, pid: process.pid }));
  // Read back by global-teardown (same process).
  const holder = globalThis as { __lianzhengE2eServer?: { close(): Promise<void> } };
  holder.__lianzhengE2eServer = {
    close: async () => {
      await Promise.all([server.close(), wps.close()]);
    },
  };
}

/** The add-in folder's name, as scripts/build-wps.mjs writes it (lianzheng_<version>). */
function wpsFolderName(): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require("../../scripts/wps-package.cjs") as { folderName(version: string): string };
  return pkg.folderName(version);
}

/** A tiny static file server: GET/HEAD of files under one root, never outside it; no listings, no caching. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (pathname.endsWith("/")) pathname += "index.html";
      const file = path.resolve(base, "." + pathname);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) throw new Error("not a file");
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-store",
        });
        if (req.method === "HEAD") res.end();
        else createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
