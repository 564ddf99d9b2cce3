/**
 * Bundles the `lianzheng` command line for Node into dist/cli/: lianzheng.js (the program and the options of
 * every subcommand, for --help) and one chunk a subcommand's work (check.js, outline.js, new.js,
 * snippets.js, docx-reader.js …), loaded by the dynamic import() in the command's action, so a command
 * loads only what it uses (a quicker start).
 */
const path = require("path");

// swc leaves ES modules to webpack (the project's .swcrc makes CommonJS for Jest and the ts hook, which
// would turn import() into require() and put everything back into one file).
const swc = {
  loader: "swc-loader",
  options: {
    swcrc: false,
    jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022" },
    module: { type: "es6" },
  },
};

module.exports = (_env, argv) => ({
  mode: argv.mode || "production",
  target: "node20",
  entry: { lianzheng: "./src/cli/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: { rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, use: swc }] },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
});
