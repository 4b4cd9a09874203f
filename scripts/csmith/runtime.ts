/**
 * The C text that replaces Csmith's `#include "csmith.h"`, written in the site compiler's subset so
 * that gcc and the site's compiler get the very same program: the fixed-width integer typedefs,
 * Csmith's "safe math" wrappers (arithmetic that never reaches undefined behaviour: an operation
 * that would overflow, divide by zero or shift too far returns its first operand instead, as
 * Csmith's own safe_math.h does), and its CRC-32 checksum of the globals. main's final
 * `platform_main_end(checksum, …)` becomes `return (int)(checksum);`, so the checksum is main's
 * return value; the native harness prints it with printf, the interpreter reads it from eax.
 */

const TYPES: { name: string; bits: number; signed: boolean }[] = [8, 16, 32, 64].flatMap((bits) => [
  { name: `int${bits}_t`, bits, signed: true },
  { name: `uint${bits}_t`, bits, signed: false },
]);

function limits(bits: number, signed: boolean): { min: string; max: string } {
  if (!signed) return { min: "0", max: bits === 64 ? "18446744073709551615UL" : `${2n ** BigInt(bits) - 1n}U` };
  const max = 2n ** BigInt(bits - 1) - 1n;
  return { min: `(-${max}${bits === 64 ? "L" : ""} - 1)`, max: `${max}${bits === 64 ? "L" : ""}` };
}

function safeMath(): string {
  const out: string[] = [];
  for (const { name: t, bits, signed } of TYPES) {
    const { min, max } = limits(bits, signed);
    const s = signed ? "s" : "u";
    const shiftBits = bits === 64 ? 64 : 32;
    const f = (op: string, suffix: string, params: string, body: string): void =>
      void out.push(`static ${t} safe_${op}_func_${t}_${suffix}(${params}) { return ${body}; }`);
    const two = `${t} a, ${t} b`;
    if (signed) {
      f("unary_minus", s, `${t} a`, `(a == ${min}) ? a : -a`);
      f(
        "add",
        `${s}_${s}`,
        two,
        `((a > 0 && b > 0 && a > ${max} - b) || (a < 0 && b < 0 && a < ${min} - b)) ? a : a + b`,
      );
      f("sub", `${s}_${s}`, two, `((b > 0 && a < ${min} + b) || (b < 0 && a > ${max} + b)) ? a : a - b`);
      f(
        "mul",
        `${s}_${s}`,
        two,
        `((a > 0 && b > 0 && a > ${max} / b) || (a > 0 && b <= 0 && b < ${min} / a) || ` +
          `(a <= 0 && b > 0 && a < ${min} / b) || (a < 0 && b <= 0 && b < ${max} / a)) ? a : a * b`,
      );
      f("div", `${s}_${s}`, two, `(b == 0 || (a == ${min} && b == -1)) ? a : a / b`);
      f("mod", `${s}_${s}`, two, `(b == 0 || (a == ${min} && b == -1)) ? a : a % b`);
    } else {
      const wide = bits === 64 ? "uint64_t" : "unsigned int";
      f("unary_minus", s, `${t} a`, `-(${wide})a`);
      f("add", `${s}_${s}`, two, `(${wide})a + (${wide})b`);
      f("sub", `${s}_${s}`, two, `(${wide})a - (${wide})b`);
      f("mul", `${s}_${s}`, two, `(${wide})a * (${wide})b`);
      f("div", `${s}_${s}`, two, `(b == 0) ? a : a / b`);
      f("mod", `${s}_${s}`, two, `(b == 0) ? a : a % b`);
    }
    for (const r of ["s", "u"]) {
      const rt = r === "s" ? "int" : "unsigned int";
      const negative = r === "s" ? "b < 0 || " : "";
      const left = signed ? "a < 0 || " : "";
      f(
        "lshift",
        `${s}_${r}`,
        `${t} a, ${rt} b`,
        `(${left}${negative}b >= ${shiftBits} || a > (${max} >> b)) ? a : a << b`,
      );
      f("rshift", `${s}_${r}`, `${t} a, ${rt} b`, `(${left}${negative}b >= ${shiftBits}) ? a : a >> b`);
    }
  }
  return out.join("\n");
}

const CRC = `
static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFUL;

static void crc32_gentab(void)
{
    uint32_t crc;
    int i, j;
    for (i = 0; i < 256; i++) {
        crc = i;
        for (j = 8; j > 0; j--) {
            if (crc & 1)
                crc = (crc >> 1) ^ 0xEDB88320UL;
            else
                crc >>= 1;
        }
        crc32_tab[i] = crc;
    }
}

static void crc32_byte(uint8_t b)
{
    crc32_context = ((crc32_context >> 8) & 0x00FFFFFF) ^ crc32_tab[(crc32_context ^ b) & 0xFF];
}

static void transparent_crc(uint64_t val, char *vname, int flag)
{
    int i;
    for (i = 0; i < 8; i++)
        crc32_byte((val >> (8 * i)) & 0xff);
}
`;

/** The replacement for csmith.h, as C text, with the safe-math wrappers `uses` names. */
export function csmithRuntime(uses: (name: string) => boolean = () => true): string {
  return [
    "/* Replacement for csmith.h: see scripts/csmith/runtime.ts. */",
    "typedef signed char int8_t;",
    "typedef unsigned char uint8_t;",
    "typedef short int16_t;",
    "typedef unsigned short uint16_t;",
    "typedef int int32_t;",
    "typedef unsigned int uint32_t;",
    "typedef long int64_t;",
    "typedef unsigned long uint64_t;",
    "#define platform_main_begin()",
    "#define platform_main_end(checksum, flag) return (int)(checksum)",
    "#define printf(...) 0",
    safeMath()
      .split("\n")
      .filter((line) => uses(/safe_\w+/.exec(line)![0]))
      .join("\n"),
    CRC,
  ].join("\n");
}

/** The program gcc and the site compiler both compile: the runtime in place of the include. */
export function csmithProgram(generated: string): string {
  const used = new Set(generated.match(/safe_\w+/g) ?? []);
  return generated.replace(/^#include "csmith.h"$/m, () => csmithRuntime((name) => used.has(name)));
}

/** The native harness linked with the gcc build (built with -Dmain=csmith_main). */
export const NATIVE_HARNESS = `int csmith_main(void);
int printf(const char *, ...);
int main(void) { printf("%u\\n", (unsigned)csmith_main()); return 0; }
`;
