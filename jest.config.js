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
      // The ui tests' timeout (20 s) is set in test/ui/setup.ts: jest ignores testTimeout in a project.
      testMatch: ["<rootDir>/test/ui/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/ui/setup.ts"],
    },
  ],
};
