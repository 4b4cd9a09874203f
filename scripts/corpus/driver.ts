/**
 * The native side of the corpus: a C driver that calls each function of one C file with the
 * committed inputs, linked with the compiler's listing of that file (so the CPU runs exactly the
 * code the interpreter reads). Each call prints one line: the return value (decimal, by its C
 * type, or "-" for void), then the bytes of every string, array and output buffer after the call
 * (hex). A call that traps (SIGFPE, SIGSEGV) prints "fault SIGFPE"/"fault SIGSEGV"; the driver
 * recovers with siglongjmp and goes on.
 */
import type { InputValue } from "./inputs.ts";
import type { CorpusFunction, IntegerType } from "./signatures.ts";

/** A C literal for a decimal value of an integer type, valid even for the most negative value. */
function literal(value: string, type: IntegerType, c: string): string {
  const v = BigInt(value);
  if (type.signed && v === -(1n << BigInt(type.bits - 1))) return `(${c})(${v + 1n}LL - 1)`;
  if (type.bits === 64) return type.signed ? `(${c})(${v}LL)` : `(${c})(${v}ULL)`;
  return `(${c})(${v}LL)`;
}

const octal = (text: string): string =>
  [...new TextEncoder().encode(text)].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join("");

function prototype(fn: CorpusFunction): string {
  const params = fn.params.map((p) => `${p.c}${p.c.endsWith("*") ? "" : " "}${p.name}`).join(", ");
  return `${fn.returnC} ${fn.name}(${params || "void"});`;
}

function call(fn: CorpusFunction, input: InputValue[], k: number): string {
  const setup: string[] = [];
  const args: string[] = [];
  const dumps: string[] = [];
  fn.params.forEach((p, i) => {
    const value = input[i]!;
    const v = `v${k}_${i}`;
    if (typeof value === "string") {
      if (p.type.kind === "integer") args.push(literal(value, p.type, p.c));
      return;
    }
    if ("s" in value) {
      setup.push(`char ${v}[] = "${octal(value.s)}";`);
      args.push(`(${p.c})${v}`);
      dumps.push(`dump(${v}, sizeof ${v});`);
    } else if ("out" in value) {
      setup.push(`char ${v}[${value.out}]; memset(${v}, 0xAA, sizeof ${v});`);
      args.push(v);
      dumps.push(`dump(${v}, sizeof ${v});`);
    } else {
      const c = p.c.replace(/^const /, "").replace(/\s*\*$/, "");
      const items =
        p.type.kind === "array" ? value.a.map((x) => literal(x, (p.type as { element: IntegerType }).element, c)) : [];
      setup.push(`${c} ${v}[${Math.max(1, items.length)}] = {${items.join(", ") || "0"}};`);
      args.push(`${v}`);
      dumps.push(`dump(${v}, ${items.length} * sizeof *${v});`);
    }
  });
  const invoke = `${fn.name}(${args.join(", ")})`;
  const result =
    fn.returns.kind === "void"
      ? `${invoke}; printf("-");`
      : fn.returns.signed
        ? `long long r = (long long)${invoke}; printf("%lld", r);`
        : `unsigned long long r = (unsigned long long)${invoke}; printf("%llu", r);`;
  return `  { ${setup.join(" ")}
    if (sigsetjmp(env, 1) == 0) { ${result} ${dumps.join(" ")} printf("\\n"); }
    else printf("fault %s\\n", caught == SIGFPE ? "SIGFPE" : "SIGSEGV");
    fflush(stdout); }`;
}

export function driverSource(functions: CorpusFunction[], inputs: Map<string, InputValue[][]>): string {
  const calls = functions.flatMap((fn) => inputs.get(fn.name)!.map((input, k) => call(fn, input, k)));
  return `#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stddef.h>
${functions.map(prototype).join("\n")}
static sigjmp_buf env;
static volatile int caught;
static char alt_stack[1 << 16];
static void on_signal(int s) { caught = s; siglongjmp(env, 1); }
static void dump(const void *p, size_t n) {
  const unsigned char *b = p; printf(" ");
  for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
}
int main(void) {
  stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0 };
  sigaltstack(&ss, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_handler = on_signal; sa.sa_flags = SA_ONSTACK | SA_NODEFER;
  sigaction(SIGFPE, &sa, 0); sigaction(SIGSEGV, &sa, 0);
${calls.join("\n")}
  return 0;
}
`;
}
