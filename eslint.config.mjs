// typescript-eslint flat config with type-aware rules over every package's sources and tests.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "packages/cli/standalone/**",
      "packages/github-action/build/**",
      "**/node_modules/**",
      ".tools/**",
      "packages/core/bundle/**",
      "coverage/**",
      "bench/corpus/**",
      "bench/out/**",
      "packages/core/src/schema/generated/**",
      "scripts/*.d.mts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: ["*.mjs", "*.cjs", "scripts/*.mjs", "bench/*.mjs", "test/support/*.mjs", "vitest.config.ts"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      eqeqeq: "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Small functions are the house rule (the pipeline refactor): one step each, named for it.
    files: ["packages/*/src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["scripts/**", "bench/**", "packages/cli/src/**", "packages/github-action/src/**"],
    rules: { "no-console": "off" },
  },
);
