/**
 * The preprocessor, on tokens: `#define` (object-like and function-like, with `...`/__VA_ARGS__),
 * `#undef`, `#ifdef`/`#ifndef`/`#if N`/`#else`/`#endif`, and nothing else. `#include` is refused
 * with a message that says why: the compiler has no headers. An expanded token keeps the position
 * of the macro use, so an error inside an expansion points at the line the reader wrote.
 */
import type { CError } from "./error.ts";
import type { Token } from "./lex.ts";

interface Macro {
  params: string[] | null;
  variadic: boolean;
  body: Token[];
}

const MAX_EXPANDED_TOKENS = 2_000_000;

export function preprocess(input: Token[]): { tokens: Token[]; errors: CError[] } {
  const macros = new Map<string, Macro>();
  const out: Token[] = [];
  const errors: CError[] = [];
  const error = (t: Token, message: string): void => void errors.push({ line: t.line, column: t.column, message });
  /** Stack of conditional states: is the current branch live, has a branch been taken. */
  const conditions: { live: boolean; taken: boolean; start: Token }[] = [];
  const live = (): boolean => conditions.every((c) => c.live);
  let budget = MAX_EXPANDED_TOKENS;

  const expand = (tokens: Token[], hidden: Set<string>, at: Token | null, sink: Token[]): void => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (--budget < 0) {
        if (budget === -1) error(t, "the macro expansion is too large");
        return;
      }
      const place = (x: Token): Token => (at ? { ...x, line: at.line, column: at.column } : x);
      const macro = t.kind === "identifier" && !hidden.has(t.text) ? macros.get(t.text) : undefined;
      if (!macro) {
        sink.push(place(t));
        continue;
      }
      if (macro.params === null) {
        expand(macro.body, new Set([...hidden, t.text]), at ?? t, sink);
        continue;
      }
      if (tokens[i + 1]?.text !== "(") {
        sink.push(place(t));
        continue;
      }
      // Collect the arguments, splitting at top-level commas.
      const args: Token[][] = [[]];
      let depth = 0;
      let j = i + 2;
      for (; j < tokens.length; j++) {
        const a = tokens[j]!;
        if (a.kind === "eof") break;
        if (a.text === "(") depth++;
        else if (a.text === ")") {
          if (depth === 0) break;
          depth--;
        } else if (a.text === "," && depth === 0 && !(macro.variadic && args.length > macro.params.length)) {
          args.push([]);
          continue;
        }
        args[args.length - 1]!.push(a);
      }
      if (j >= tokens.length || tokens[j]!.kind === "eof") {
        error(t, `the arguments of macro ${t.text} are not closed`);
        return;
      }
      if (macro.params.length === 0 && !macro.variadic && args.length === 1 && args[0]!.length === 0) args.pop();
      const wanted = macro.params.length + (macro.variadic ? 1 : 0);
      if (macro.variadic && args.length === macro.params.length) args.push([]);
      if (args.length !== wanted) {
        error(t, `macro ${t.text} takes ${macro.params.length} argument(s), not ${args.length}`);
        i = j;
        continue;
      }
      const expandedArgs = args.map((arg) => {
        const sinkArg: Token[] = [];
        expand(arg, hidden, null, sinkArg);
        return sinkArg;
      });
      const substituted: Token[] = [];
      for (const b of macro.body) {
        const k = b.kind === "identifier" ? macro.params.indexOf(b.text) : -1;
        if (k >= 0) substituted.push(...expandedArgs[k]!);
        else if (macro.variadic && b.text === "__VA_ARGS__") substituted.push(...expandedArgs[macro.params.length]!);
        else substituted.push(b);
      }
      expand(substituted, new Set([...hidden, t.text]), at ?? t, sink);
      i = j;
    }
  };

  let i = 0;
  let pending: Token[] = [];
  const flush = (): void => {
    if (pending.length > 0) expand(pending, new Set(), null, out);
    pending = [];
  };
  while (i < input.length) {
    const t = input[i]!;
    if (t.kind === "eof") break;
    if (!(t.text === "#" && t.kind === "punct" && t.lineStart)) {
      if (live()) {
        // A function-like macro's arguments may span lines, so expansion waits for a directive.
        pending.push(t);
      }
      i++;
      continue;
    }
    flush();
    const line: Token[] = [];
    let j = i + 1;
    while (j < input.length && !input[j]!.lineStart) line.push(input[j++]!);
    i = j;
    const name = line[0];
    if (!name) continue;
    const word = name.text;
    if (word === "ifdef" || word === "ifndef") {
      const defined = line[1] ? macros.has(line[1].text) : false;
      if (!line[1] || line[1].kind !== "identifier") error(name, `#${word} needs a macro name`);
      const value = word === "ifdef" ? defined : !defined;
      conditions.push({ live: value, taken: value, start: name });
      continue;
    }
    if (word === "if") {
      const value = line.length === 2 && line[1]!.kind === "number" && /^\d+$/.test(line[1]!.text);
      if (!value) error(name, "#if supports only a plain number here (use #ifdef/#ifndef)");
      const on = value && Number(line[1]!.text) !== 0;
      conditions.push({ live: on, taken: on, start: name });
      continue;
    }
    if (word === "else" || word === "endif") {
      const top = conditions[conditions.length - 1];
      if (!top) {
        error(name, `#${word} without #if`);
        continue;
      }
      if (word === "endif") conditions.pop();
      else {
        top.live = !top.taken;
        top.taken = true;
      }
      continue;
    }
    if (!live()) continue;
    if (word === "define") {
      const macroName = line[1];
      if (!macroName || macroName.kind !== "identifier") {
        error(name, "#define needs a macro name");
        continue;
      }
      let k = 2;
      let params: string[] | null = null;
      let variadic = false;
      if (line[2]?.text === "(" && !line[2].spaceBefore) {
        params = [];
        k = 3;
        let bad = false;
        while (k < line.length && line[k]!.text !== ")") {
          const p = line[k]!;
          if (p.text === "...") variadic = true;
          else if (p.kind === "identifier" && !variadic) params.push(p.text);
          else bad = true;
          k++;
          if (line[k]?.text === ",") k++;
          else if (line[k]?.text !== ")") bad = true;
        }
        if (bad || k >= line.length) {
          error(macroName, `cannot read the parameters of macro ${macroName.text}`);
          continue;
        }
        k++;
      }
      const body = line.slice(k);
      const pasting = body.find((b) => b.text === "#" || b.text === "##");
      if (pasting) {
        error(pasting, "# and ## in macros are not supported");
        continue;
      }
      macros.set(macroName.text, { params, variadic, body });
      continue;
    }
    if (word === "undef") {
      if (line[1]) macros.delete(line[1].text);
      continue;
    }
    if (word === "include") {
      error(name, "#include is not supported: this compiler has no header files; declare what you use yourself");
      continue;
    }
    if (word === "pragma") continue;
    error(name, `the directive #${word.slice(0, 20)} is not supported`);
  }
  flush();
  for (const c of conditions) error(c.start, "#if/#ifdef without #endif");
  out.push(input[input.length - 1]!);
  return { tokens: out, errors };
}
