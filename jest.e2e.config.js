/** End-to-end tests: playwright-core drives Debian's chromium against the built preview on localhost. */
module.exports = {
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest"] },
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  testTimeout: 60000,
};
