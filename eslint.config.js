import js from "@eslint/js";
import globals from "globals";

// The player's browser code and its unit tests: ESLint's recommended rules, plus the few that keep
// the code plain (no var, strict equality, every branch braced).
export default [
  js.configs.recommended,
  {
    files: ["src/main/js/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.browser },
    rules: { "no-var": "error", eqeqeq: "error", curly: "error", "prefer-const": "error" },
  },
  {
    files: ["src/test/js/**/*.js", "eslint.config.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    rules: { "no-var": "error", eqeqeq: "error", curly: "error" },
  },
];
