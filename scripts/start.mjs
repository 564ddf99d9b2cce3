// `npm start`: one command for the add-in in Word AND the browser preview.
//
//  - https://localhost:3000  webpack-dev-server (development build, live reload) for Word sideloading:
//    Office loads add-ins over https only. The certificate comes from office-addin-dev-certs (it
//    installs a local CA into the system's trust store; on Linux that needs update-ca-certificates).
//    When the CA cannot be installed, the generated certificate is still used (the browser will warn);
//    when no certificate can be made at all, the server falls back to http and says so.
//  - http://localhost:3001   the same files over plain http, for the browser preview (no certificate
//    warning), served from the dev server's memory by the same compiler: one build, two doors.
//
// Options: --port 3000 --preview-port 3001 --office-js local (serve office.js from the add-in's origin).
import { createRequire } from "node:module";
import http from "node:http";
import tls from "node:tls";
import net from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require(join(root, "webpack.config.js"));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const port = Number(arg("port", process.env.PORT || 3000));
const previewPort = Number(arg("preview-port", process.env.PREVIEW_PORT || 3001));
const officeJs = arg("office-js", process.env.OFFICE_JS || "cdn");

/** https options from office-addin-dev-certs, or null (→ http). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  try {
    return { options: await devCerts.getHttpsServerOptions(), trusted: true };
  } catch (err) {
    console.warn(
      `\n[start] The development certificate could not be installed as trusted: ${String(err).split("\n")[0]}`,
    );
  }
  try {
    if (!existsSync(defaults.localhostCertificatePath)) {
      await require("office-addin-dev-certs/lib/generate").generateCertificates();
    }
    return {
      options: {
        ca: readFileSync(defaults.caCertificatePath),
        cert: readFileSync(defaults.localhostCertificatePath),
        key: readFileSync(defaults.localhostKeyPath),
      },
      trusted: false,
    };
  } catch (err) {
    console.warn(
      `[start] No development certificate could be made (${String(err).split("\n")[0]}): serving http only.`,
    );
    return null;
  }
}

const https = await httpsOptions();
const config = makeConfig({ officeJs }, { mode: "development" });
const compiler = webpack(config);
const server = new WebpackDevServer(
  {
    ...config.devServer,
    port,
    server: https ? { type: "https", options: https.options } : { type: "http" },
  },
  compiler,
);
await server.start();

// The preview door: plain http, the same in-memory build; the live-reload socket is passed through.
const preview = http.createServer((req, res) => {
  if (req.url === "/" || req.url === "") {
    res.writeHead(302, { Location: "/preview.html" });
    res.end();
    return;
  }
  // webpack-dev-middleware of the dev server: serves the in-memory build.
  const devMiddleware = server.middleware;
  if (typeof devMiddleware !== "function") {
    res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("The dev server is starting; reload in a moment.");
    return;
  }
  devMiddleware(req, res, () => {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Not found");
  });
});
preview.on("upgrade", (req, socket, head) => {
  const upstream = https
    ? tls.connect({ host: "localhost", port, rejectUnauthorized: false })
    : net.connect({ host: "localhost", port });
  upstream.on("error", () => socket.destroy());
  socket.on("error", () => upstream.destroy());
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`)
    .join("\r\n");
  upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers}\r\n\r\n`);
  if (head && head.length) upstream.write(head);
  upstream.pipe(socket).pipe(upstream);
});
preview.listen(previewPort, "localhost");

const scheme = https ? "https" : "http";
let announced = false;
compiler.hooks.done.tap("lianzheng-start", () => {
  if (announced) return;
  announced = true;
  console.log(
    [
      "",
      "廉政报告助手 / Lianzheng Writer is running:",
      `  预览（浏览器，无需 Word）/ preview without Word:  http://localhost:${previewPort}/preview.html`,
      `  Word 任务窗格 / task pane for Word:              ${scheme}://localhost:${port}/taskpane.html`,
      `  旁加载清单 / manifest to sideload:                ${join(root, "manifest.xml")}`,
      https
        ? https.trusted
          ? ""
          : "  注意：开发证书未被系统信任，Word 可能拒绝加载；请以管理员身份运行 npx office-addin-dev-certs install。\n" +
            "  Note: the development certificate is not trusted; run `npx office-addin-dev-certs install` with admin rights."
        : "  注意：未能生成证书，只提供 http；Word 需要 https，旁加载前请先解决证书问题。\n" +
          "  Note: no certificate, http only; Word needs https to sideload.",
      "  Ctrl+C 停止 / to stop",
    ].join("\n"),
  );
});

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    preview.close();
    await server.stop();
    process.exit(0);
  });
}
