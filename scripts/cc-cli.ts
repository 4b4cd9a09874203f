/**
 * `npm run cc -- FILE.c [FUNCTION [ARG ...]]` compiles FILE.c with the site's C compiler and runs
 * FUNCTION (default main) on the site's interpreter, printing its return value; when it ran main,
 * it exits with main's return value (as a shell sees it, modulo 256). `--listing` prints the
 * listing instead. Errors print as FILE:line:column: error: … and exit 1.
 */
import { readFileSync } from "node:fs";
import { callFunction, compile } from "../src/core/c/index.ts";

function main(argv: string[]): number {
  const listing = argv.includes("--listing");
  const stepsFlag = argv.find((a) => a.startsWith("--steps="));
  const [file, name = "main", ...rest] = argv.filter((a) => a !== "--listing" && a !== stepsFlag);
  if (!file) {
    console.error("usage: cc-cli [--listing] [--steps=N] FILE.c [FUNCTION [ARG ...]]   (up to six integer arguments)");
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    console.error(`${file}: error: cannot read the file`);
    return 2;
  }
  const compiled = compile(source);
  if (!compiled.ok) {
    for (const e of compiled.errors) console.error(`${file}:${e.line}:${e.column}: error: ${e.message}`);
    return 1;
  }
  if (listing) {
    process.stdout.write(compiled.listing);
    return 0;
  }
  const args: bigint[] = [];
  for (const text of rest) {
    if (!/^[+-]?(0x[0-9a-f]+|\d+)$/i.test(text)) {
      console.error(`argument ${JSON.stringify(text.slice(0, 20))} is not an integer`);
      return 2;
    }
    const magnitude = BigInt(text.replace(/^[+-]/, ""));
    args.push(text.startsWith("-") ? -magnitude : magnitude);
  }
  const stepLimit = stepsFlag ? Number(stepsFlag.slice("--steps=".length)) : 100_000_000;
  const result = callFunction(compiled, name, args, { stepLimit });
  if (!result.ok) {
    console.error(`${file}: fault in ${name}: ${result.fault.message} (listing line ${result.fault.line})`);
    return 1;
  }
  console.log(result.value.toString());
  return name === "main" ? Number(BigInt.asUintN(8, result.value)) : 0;
}

process.exitCode = main(process.argv.slice(2));
