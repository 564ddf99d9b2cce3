/**
 * Builds the add-in's pages into dist/: taskpane.html (the task pane Word opens), preview.html (the
 * task pane beside an in-memory document, without Word), commands.html (the ribbon's function file),
 * assets/, and manifest.xml.
 *
 *   webpack --mode production                              office.js from Microsoft's CDN (store builds)
 *   webpack --mode production --env officeJs=local         office.js copied into dist/office-js/ (intranet, tests)
 *   webpack --mode production --env baseUrl=https://intranet.example/lianzheng
 *                                                          dist/manifest.xml points at that base URL
 *   webpack --mode production --env chunkGroups           also chunk-groups.json (scripts/bundle-size.mjs)
 *   (environment variables OFFICE_JS=local and ADDIN_BASE_URL do the same)
 *
 * Every page carries a strict Content-Security-Policy; nothing is built with eval (devtool
 * "source-map" in development too), so no page needs 'unsafe-eval'.
 */
/* global URL */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * The files office.js loads at run time for Word (read from office.js: the host file
 * word-<platform>-<version>.js of OSF.HostSpecificFileVersionMap, the O15 mapping table used when
 * the host info is missing, the locale strings with en-us as the fallback, and the telemetry sink
 * it loads from its own folder — which then finds no network and stays silent).
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "word-win32-16.01.js",
  "word-win32-16.00.js",
  "word-mac-16.00.js",
  "word-web-16.00.js",
  "word-ios-16.00.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
];

/**
 * With --env chunkGroups: writes chunk-groups.json beside the build, each named chunk group (the
 * pages' entries, the lazily loaded tabs) → the files it loads, for scripts/bundle-size.mjs.
 */
class ChunkGroupsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ChunkGroupsPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "ChunkGroupsPlugin", stage }, () => {
        const groups = {};
        for (const [name, group] of compilation.namedChunkGroups) {
          groups[name] = group.chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith(".js"));
        }
        compilation.emitAsset("chunk-groups.json", new sources.RawSource(JSON.stringify(groups, null, 2)));
      });
    });
  }
}

/** Normalise and check the base URL the production manifest points at. */
function resolveBaseUrl(raw) {
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`baseUrl "${raw}" is not a URL (example: https://intranet.example/lianzheng)`);
  }
  if (url.protocol !== "https:")
    throw new Error(`baseUrl "${raw}" must use https: Office loads add-ins over https only`);
  if (url.search || url.hash) throw new Error(`baseUrl "${raw}" must not have a query or a fragment`);
  return url.href.replace(/\/+$/, "");
}

const xmlEscape = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Replace every https://localhost:3000 of the manifest with the base URL (exported for the tests). */
function rewriteManifest(xml, baseUrl) {
  if (!baseUrl) return xml;
  return xml.split(DEV_BASE_URL).join(xmlEscape(baseUrl));
}

/** The Content-Security-Policy of a page. */
function contentSecurityPolicy({ officeJsOrigin, dev }) {
  const script = ["'self'"];
  if (officeJsOrigin) script.push(officeJsOrigin);
  const connect = ["'self'"];
  // The dev server's live-reload socket (ws: and wss: to the same host are 'self' in CSP 3;
  // older WebView versions want them spelled out).
  if (dev) connect.push("ws://localhost:*", "wss://localhost:*");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // Fluent UI v9 (Griffel) inserts its rules in <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${connect.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const officeJs = env.officeJs || process.env.OFFICE_JS || "cdn";
  if (officeJs !== "cdn" && officeJs !== "local") {
    throw new Error(`--env officeJs=${officeJs}: expected cdn or local`);
  }
  const baseUrl = resolveBaseUrl(env.baseUrl || process.env.ADDIN_BASE_URL);
  const officeJsUrl = officeJs === "local" ? "office-js/office.js" : OFFICE_JS_CDN;
  const officeJsOrigin = officeJs === "local" ? null : new URL(OFFICE_JS_CDN).origin;

  const page = (name, template, chunks, withOffice) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      inject: "head",
      scriptLoading: "defer",
      // Options read by the templates (<%= htmlWebpackPlugin.options.… %>).
      csp: contentSecurityPolicy({ officeJsOrigin: withOffice ? officeJsOrigin : null, dev }),
      officeJsUrl: withOffice ? officeJsUrl : null,
      minify: dev ? false : { collapseWhitespace: true, removeComments: true },
    });

  return {
    mode,
    target: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      // dist/cli is built by webpack.cli.config.js: keep it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              swcrc: false,
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: dev } },
                // WebView2 (Edge), Safari/WKWebView of macOS on Word for Mac, current browsers.
                target: "es2020",
              },
              module: { type: "es6" },
              sourceMaps: true,
            },
          },
        },
      ],
    },
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: "source-map",
    optimization: {
      // Vendor code is split by use: the task pane's first paint needs React and the Fluent UI
      // parts of its shell; what only a lazily loaded tab needs stays in that tab's chunks.
      splitChunks: { chunks: "all" },
      runtimeChunk: "single",
    },
    performance: dev ? false : { hints: "warning", maxEntrypointSize: 900 * 1024, maxAssetSize: 900 * 1024 },
    plugins: [
      ...(env.chunkGroups ? [new ChunkGroupsPlugin()] : []),
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"], true),
      page("preview", "./src/preview/preview.html", ["preview"], false),
      page("commands", "./src/commands/commands.html", ["commands"], true),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          { from: "assets/*.html", to: "assets/[name][ext]" },
          // ES5, loaded before the bundle: shows a message in IE/EdgeHTML webviews (Office 2016/2019).
          { from: "src/taskpane/unsupported.js", to: "unsupported.js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: { transformer: (content) => rewriteManifest(content.toString("utf8"), baseUrl) },
          },
          ...(officeJs === "local"
            ? OFFICE_JS_FILES.map((f) => ({
                from: path.join(OFFICE_JS_DIST, f),
                to: `office-js/${f}`,
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // The live-reload socket follows the page's own origin (https :3000 for Word, http :3001 for the
      // preview, see scripts/start.mjs).
      client: {
        webSocketURL: "auto://0.0.0.0:0/ws",
        overlay: { errors: true, warnings: false, runtimeErrors: false },
      },
    },
    stats: "errors-warnings",
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_JS_FILES = OFFICE_JS_FILES;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
