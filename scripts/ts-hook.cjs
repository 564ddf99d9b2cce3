// A require hook that transpiles TypeScript with @swc/core, for Node scripts (bench, generators)
// that load the project's TypeScript sources without a build step.
const { transformSync } = require("@swc/core");
const fs = require("fs");

for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = function (module, filename) {
    const source = fs.readFileSync(filename, "utf8");
    const { code } = transformSync(source, {
      filename,
      jsc: {
        parser: { syntax: "typescript", tsx: ext === ".tsx" },
        target: "es2022",
        transform: { react: { runtime: "automatic" } },
      },
      module: { type: "commonjs" },
      sourceMaps: "inline",
    });
    module._compile(code, filename);
  };
}
