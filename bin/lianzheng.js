#!/usr/bin/env node
// The `lianzheng` command: runs the bundled CLI that `npm install` builds (the "prepare" script).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "lianzheng.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("lianzheng: 命令行尚未构建，请先运行 npm install（或 npm run build:cli）。\n");
  process.stderr.write(
    "lianzheng: the command line is not built yet: run npm install (or npm run build:cli).\n",
  );
  process.exit(2);
}
require(bundle);
