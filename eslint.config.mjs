import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

/**
 * The house's directions (../shared/DESIGN.md section 2): a room imports only the rooms below it.
 * terms ← i18n ← genre ← core ← formats, host ← taskpane ← preview; cli sits beside the pane on core,
 * formats and genre. Each entry lists the rooms a file in that room must NOT import.
 */
const FORBIDDEN = {
  terms: ["i18n", "genre", "core", "formats", "host", "taskpane", "preview", "cli", "commands"],
  i18n: ["genre", "core", "formats", "host", "taskpane", "preview", "cli", "commands"],
  genre: ["core", "formats", "host", "taskpane", "preview", "cli", "commands"],
  core: ["formats", "host", "taskpane", "preview", "cli", "commands"],
  formats: ["host", "taskpane", "preview", "cli", "commands"],
  host: ["formats", "taskpane", "preview", "cli", "commands"],
  taskpane: ["preview", "cli", "commands"],
  preview: ["cli", "commands"],
  cli: ["host", "taskpane", "preview", "commands"],
  commands: ["core", "formats", "host", "taskpane", "preview", "cli"],
};
const PURE = ["react", "react-dom", "@fluentui/*", "office-addin-*", "@microsoft/office-js"];

export const boundaries = Object.entries(FORBIDDEN).map(([room, rooms]) => ({
  files: [`src/${room}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${rooms.join("|")})(/|$)`,
            message: `src/${room} must not import this room: imports run downward only (DESIGN.md section 2; see eslint.config.mjs).`,
          },
          ...(["terms", "i18n", "genre", "core"].includes(room)
            ? [{ group: PURE, message: `src/${room} stays pure TypeScript: no React, Fluent UI or Office.` }]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-wps/",
      "coverage/",
      "src/genre/generated/",
      "test/fixtures/",
      ".tmp/",
      "test-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      // The office-addins rules of the plugin's recommended config (its prettier and parser parts are ours).
      ...Object.fromEntries(
        Object.entries(officeAddins.configs.recommended[2].rules).filter(([k]) =>
          k.startsWith("office-addins/"),
        ),
      ),
      "office-addins/no-context-sync-in-loop": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...boundaries,
  {
    // Code that reaches the task pane also runs in WPS's embedded Chromium, older than Chromium 92
    // (README → WPS): no runtime API newer than that. The CLI runs on Node and may use them.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Object",
          property: "hasOwn",
          message: "Chromium 93+: use Object.prototype.hasOwnProperty.call.",
        },
        { object: "crypto", property: "randomUUID", message: "Chromium 92+ (not in WPS's webview)." },
      ],
      "no-restricted-globals": [
        "error",
        { name: "structuredClone", message: "Chromium 98+ (not in WPS's webview)." },
      ],
    },
  },
  prettier,
);
