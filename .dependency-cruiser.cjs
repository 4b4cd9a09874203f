/**
 * The layers, enforced on resolved paths (a relative import is judged by the file it reaches,
 * however many `../` it takes): pages → layouts/components → widgets → core. `npm run check`
 * runs it; scripts/test/core-purity.test.ts proves it fails on a probe three levels deep.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-imports-nothing-above-it",
      comment: "src/core is pure: it imports no widget, component, layout, page, build helper or style.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "^src/(widgets|components|layouts|pages|build|styles)/|^src/site\\.ts$" },
    },
    {
      name: "core-imports-no-ui-framework",
      comment: "src/core runs in browsers, workers and Node alike: no Preact, no Astro.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "(^|/)node_modules/(preact|@preact|astro|@astrojs)/|^astro:" },
    },
    {
      name: "core-imports-no-node-builtins",
      comment: "src/core runs in browsers and workers; only its tests may use Node.",
      severity: "error",
      from: { path: "^src/core/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "widgets-import-no-page-layout-or-component",
      severity: "error",
      from: { path: "^src/widgets/" },
      to: { path: "^src/(components|layouts|pages)/" },
    },
    {
      name: "ui-imports-no-cycles",
      comment:
        "In the UI layers a cycle ties a child to its parent (e.g. a panel importing its View for a type): " +
        "shared types live in the module that owns them. A module's type-only reference to itself is no cycle.",
      severity: "error",
      from: { path: "^(src/(widgets|components|layouts|pages)/.+)$" },
      to: { circular: true, pathNot: "^$1$" },
    },
    {
      name: "core-imports-no-cycles",
      comment:
        "A cycle in src/core hides which module owns a type (the C compiler's CError, the interpreter's Op): " +
        "it lives in a module both sides import. Two mutual recursions are the grammar's and the table's own, " +
        "and are allowed: the C parser's declarations and expressions (a cast holds a type name, an array " +
        "size an expression), and isa.ts with isa-extra.ts (one Operation union, split in two files).",
      severity: "error",
      from: { path: "^src/core/", pathNot: "^src/core/(c/parse-(decl|expr)|asm/isa(-extra)?)\\.ts$" },
      to: { circular: true },
    },
    {
      name: "components-and-layouts-import-no-page",
      severity: "error",
      from: { path: "^src/(components|layouts)/" },
      to: { path: "^src/pages/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/core/__purity_probe__/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".astro", ".json"] },
    extraExtensionsToScan: [".astro"],
  },
};
