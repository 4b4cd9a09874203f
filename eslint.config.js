// Type-aware lint for TypeScript and Astro files. The core's purity rules (no UI frameworks, no
// DOM, no Math.random) are enforced here and again by tsconfig.core.json; the import layers
// (pages → layouts/components → widgets → core) by dependency-cruiser (.dependency-cruiser.cjs).
import eslintPluginAstro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/**",
      "dist-*/**",
      ".astro/**",
      "node_modules/**",
      "test-results/**",
      "reports/**",
      "e2e/host/**",
      "public/**",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: [".astro"] },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching …) are typed `any`.
    files: ["**/*.test.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  ...eslintPluginAstro.configs.recommended,
  {
    files: ["**/*.astro", "**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["preact", "preact/*", "@preact/*", "astro", "astro:*", "astro/*"],
              message: "src/core must not depend on UI frameworks.",
            },
            { group: ["node:*"], message: "src/core runs in browsers and workers: no Node built-ins." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Pass a seeded generator in." },
      ],
      "no-restricted-globals": ["error", "document", "window", "localStorage", "navigator"],
    },
  },
);
