/**
 * `npm run asm -- FILE.s FUNCTION [ARG ...]`: assembles an Intel-syntax listing with the same core
 * the site uses, calls FUNCTION with integer arguments (System V, every argument treated as a
 * 64-bit long) and prints rax as a signed 64-bit decimal. Errors print as FILE:line:column and
 * exit non-zero.
 */
import { readFileSync } from "node:fs";
import { callListing, type CFunction } from "../src/core/asm/index.ts";

function main(argv: string[]): number {
  const [file, name, ...rest] = argv;
  if (!file || !name) {
    console.error("usage: asm-cli FILE.s FUNCTION [ARG ...]   (up to six integer arguments)");
    return 2;
  }
  const args: bigint[] = [];
  for (const text of rest) {
    if (!/^[+-]?(0x[0-9a-f]+|\d+)$/i.test(text)) {
      console.error(`argument "${text}" is not an integer`);
      return 2;
    }
    const negative = text.startsWith("-");
    const magnitude = BigInt(text.replace(/^[+-]/, ""));
    args.push(BigInt.asIntN(64, negative ? -magnitude : magnitude));
  }
  const fn: CFunction = {
    name,
    returns: "long",
    params: args.map((_, i) => ({ name: `a${i}`, type: "long" as const })),
  };
  const result = callListing(readFileSync(file, "utf8"), fn, args);
  if ("errors" in result) {
    for (const e of result.errors) console.error(`${file}:${e.line}:${e.column}: error: ${e.message}`);
    return 1;
  }
  if (!result.ok) {
    console.error(`${file}:${result.fault.line}:${result.fault.column}: fault: ${result.fault.message}`);
    return 1;
  }
  console.log(result.value.toString());
  return 0;
}

process.exitCode = main(process.argv.slice(2));
