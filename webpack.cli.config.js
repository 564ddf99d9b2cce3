/** Bundles the `lianzheng` command line for Node into dist/cli/lianzheng.js (one file: fast start). */
const path = require("path");

module.exports = (_env, argv) => ({
  mode: argv.mode || "production",
  target: "node20",
  entry: { lianzheng: "./src/cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: { rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, use: "swc-loader" }] },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
});
