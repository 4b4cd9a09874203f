/**
 * The heavy tests (training, searches, the lab) run the core as a bundle: esbuild joins the
 * modules into one script, and Node runs it itself, outside Vitest's module transform. That
 * transform turns every imported binding into a property read on a module object, which made
 * the training loops several times slower under test than in Node or in the browser's bundle;
 * inside one bundle the hot loops call plain local functions, as they do on the site. So the
 * core's code needs no "copy imports into locals" workarounds, and the tests run the code in the
 * form the site ships.
 *
 *   import type * as Train from "./train.ts";
 *   const { train } = await loadBundle<{ train: typeof Train }>(import.meta.url, { train: "./train.ts" });
 *   train.train(recipe, data);
 */
import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runInThisContext } from "node:vm";

export interface BundleOptions {
  /**
   * Source text to use instead of a file's own (undefined keeps it): how a test builds a variant
   * of the core, e.g. with the parameter table reordered (parameter-layout.test.ts).
   */
  readonly rewrite?: (file: string, source: string) => string | undefined;
}

/**
 * Bundles each named module (paths relative to `base`, the caller's import.meta.url) with
 * everything it imports, once, and returns their exports under those names. The modules share
 * one bundle, so they share their dependencies as the site's do.
 */
export async function loadBundle<T extends Record<string, unknown>>(
  base: string,
  modules: { readonly [K in keyof T]: string },
  options: BundleOptions = {},
): Promise<T> {
  const entries = Object.entries(modules as Record<string, string>).map(
    ([name, path]) => [name, fileURLToPath(new URL(path, base))] as const,
  );
  const source = entries.map(([name, file]) => `export * as ${name} from ${JSON.stringify(file)};`).join("\n");
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), sourcefile: "test-bundle-entry.ts", loader: "ts" },
    bundle: true,
    format: "cjs",
    platform: "neutral",
    target: "es2023",
    write: false,
    logLevel: "silent",
    plugins: options.rewrite ? [rewritePlugin(options.rewrite)] : [],
  });
  const code = result.outputFiles[0]!.text;
  const run = runInThisContext(`(function (module, exports) {\n${code}\n})`, {
    filename: `bundle:${entries.map(([, file]) => file).join("+")}`,
  }) as (module: { exports: unknown }, exports: unknown) => void;
  const module = { exports: {} as unknown };
  run(module, module.exports);
  return module.exports as T;
}

function rewritePlugin(rewrite: NonNullable<BundleOptions["rewrite"]>): Plugin {
  return {
    name: "rewrite",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const contents = rewrite(args.path, readFileSync(args.path, "utf8"));
        return contents === undefined ? undefined : { contents, loader: "ts" };
      });
    },
  };
}
