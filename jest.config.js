/** Jest projects: unit (pure engine), host (adapters, readers, CLI), ui (React in jsdom). */
const transform = { "^.+\\.(t|j)sx?$": ["@swc/jest"] };
const common = {
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "host",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/host/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      // React renders in jsdom are slow on a loaded 2-core machine: a margin against false timeouts.
      testTimeout: 20000,
      testMatch: ["<rootDir>/test/ui/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/ui/setup.ts"],
    },
  ],
};
