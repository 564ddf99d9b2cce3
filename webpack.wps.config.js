/**
 * Builds the WPS加载项 (npm run build:wps): the same pane on the WPS host, without Office.js, into
 * dist-wps/lianzheng_<version>/ (index.html with the ribbon callbacks, taskpane.html, assets/, chunks);
 * scripts/build-wps.mjs then writes ribbon.xml, manifest.xml and the offline lists, and validates the folder.
 *
 * The browser inside WPS is the Chromium of its CEF, older than current Edge WebView2: all code, the vendor
 * packages included, is compiled down to ES2017 syntax (see README, WPS) instead of ES2020, and the build
 * refuses runtime APIs newer than that floor; unsupported.js still stops IE/EdgeHTML webviews.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const base = require("./webpack.config.js");
const { version } = require("./package.json");

/** The syntax level of the WPS build (swc jsc.target). */
const WPS_TARGET = "es2017";
const FOLDER = `lianzheng_${version}`;

module.exports = (env = {}, argv = {}) => {
  const config = base(env, argv);
  const dev = config.mode === "development";
  const csp = config.plugins.find(
    (p) => p instanceof HtmlWebpackPlugin && p.options.filename === "preview.html",
  ).options.csp;
  const page = (filename, template, chunks, scriptLoading) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      inject: "head",
      scriptLoading,
      csp,
      minify: dev ? false : { collapseWhitespace: true, removeComments: true },
    });
  const rule = config.module.rules[0];
  rule.use.options.jsc.target = WPS_TARGET;
  // Vendor code (React, Fluent UI, tabster…) ships ES2020+ syntax (?? , ?. and ??=); the Word build keeps it
  // as is, but the Chromium inside WPS may be older, so the WPS build compiles node_modules down as well.
  // scripts/build-wps.mjs then parses every emitted script as ES2017 and fails the build if one is not.
  const vendorRule = {
    test: /\.[cm]?js$/,
    include: /node_modules/,
    use: {
      loader: "swc-loader",
      options: {
        swcrc: false,
        isModule: "unknown",
        jsc: { parser: { syntax: "ecmascript" }, target: WPS_TARGET },
        module: { type: "es6" },
        sourceMaps: true,
      },
    },
  };
  return {
    ...config,
    module: { ...config.module, rules: [...config.module.rules, vendorRule] },
    // webpack's own runtime code at the same level (no ?. in the chunk loader).
    target: ["web", WPS_TARGET],
    entry: { taskpane: "./src/taskpane/wps.tsx", main: "./src/host/wps/main.ts" },
    output: { ...config.output, path: path.resolve(__dirname, "dist-wps", FOLDER), clean: true },
    plugins: [
      page("taskpane.html", "./src/taskpane/wps.html", ["taskpane"], "defer"),
      // WPS calls OnAddinLoad as soon as the ribbon loads: the callbacks must exist before that.
      page("index.html", "./src/host/wps/index.html", ["main"], "blocking"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          { from: "src/taskpane/unsupported.js", to: "unsupported.js", info: { minimized: true } },
        ],
      }),
    ],
    devServer: undefined,
  };
};
module.exports.WPS_TARGET = WPS_TARGET;
module.exports.FOLDER = FOLDER;
