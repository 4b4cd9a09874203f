/**
 * Statements, local declarations, function definitions and the top level of a file.
 */
import type { Expr, FunctionDef, Position, Program, Stmt } from "./ast.ts";
import type { Token } from "./lex.ts";
import {
  globalInitializer,
  localInitializer,
  parseDeclarator,
  parseSpecifiers,
  parseVariableInitializer,
  startsTypeName,
} from "./parse-decl.ts";
import { discardValue, parseConstant, parseExpression } from "./parse-expr.ts";
import type { Parser } from "./parser-state.ts";
import { castTo, condition, convertForAssignment, rvalue } from "./sema.ts";
import { isInteger, promote, sameType, typeName, type Type } from "./types.ts";

const at = (t: Token): Position => ({ line: t.line, column: t.column });

function expressionStatement(p: Parser): Expr {
  return discardValue(parseExpression(p));
}

function parseLocalDeclaration(p: Parser, out: Stmt[]): void {
  const spec = parseSpecifiers(p, true);
  if (p.accept(";")) return;
  do {
    const d = parseDeclarator(p, spec.type);
    if (!d.name) p.fail(p.peek(), "expected a name");
    const name = d.name;
    if (spec.storage === "typedef") {
      p.declare(name.text, { kind: "typedef", type: d.type });
      continue;
    }
    if (d.type.kind === "function") {
      declareFunction(p, name, d.type);
      continue;
    }
    if (d.type.kind === "void" || (d.type.kind === "struct" && !d.type.complete))
      p.fail(name, `a variable cannot have type ${typeName(d.type)}`);
    if (spec.storage === "extern") p.fail(name, "extern declarations inside functions are not supported");
    const isStatic = spec.storage === "static";
    if (d.type.kind === "array" && d.type.length < 0 && !p.is("=")) p.fail(name, "an array needs a size");
    const variable = p.newVariable(
      name.text,
      d.type.kind === "array" && d.type.length < 0 ? { ...d.type, length: 0 } : d.type,
      isStatic,
      name,
    );
    if (d.type.kind === "array" && d.type.length < 0) variable.type = d.type;
    p.declare(name.text, { kind: "variable", variable });
    if (p.accept("=")) {
      const slots = parseVariableInitializer(p, variable, at(name));
      if (isStatic) {
        if (d.type.kind === "array" && d.type.length < 0) p.fail(name, "a static array needs a size");
        globalInitializer(p, variable, slots);
      } else out.push(...localInitializer(p, variable, slots, at(name)));
    }
  } while (p.accept(","));
  p.expect(";");
}

export function parseStatement(p: Parser): Stmt {
  const t = p.peek();
  const here = at(t);
  if (t.kind === "identifier" && p.is(":", 1) && !startsTypeName(p, t)) {
    p.next();
    p.next();
    return { kind: "label", label: functionLabel(p, t.text, true, t), body: parseStatement(p), ...here };
  }
  if (t.kind === "punct" && t.text === "{") return parseBlock(p);
  if (t.kind === "punct" && t.text === ";") {
    p.next();
    return { kind: "empty", ...here };
  }
  if (t.kind !== "identifier") {
    const expr = expressionStatement(p);
    p.expect(";");
    return { kind: "expr", expr, ...here };
  }
  switch (t.text) {
    case "if": {
      p.next();
      p.expect("(");
      const c = condition(p, parseExpression(p));
      p.expect(")");
      const then = parseStatement(p);
      const otherwise = p.accept("else") ? parseStatement(p) : null;
      return { kind: "if", condition: c, then, otherwise, ...here };
    }
    case "while": {
      p.next();
      p.expect("(");
      const c = condition(p, parseExpression(p));
      p.expect(")");
      return { kind: "while", condition: c, body: loopBody(p), ...here };
    }
    case "do": {
      p.next();
      const body = loopBody(p);
      p.expect("while");
      p.expect("(");
      const c = condition(p, parseExpression(p));
      p.expect(")");
      p.expect(";");
      return { kind: "do", body, condition: c, ...here };
    }
    case "for": {
      p.next();
      p.expect("(");
      p.pushScope();
      let init: Stmt | null = null;
      if (startsTypeName(p, p.peek())) {
        const decls: Stmt[] = [];
        parseLocalDeclaration(p, decls);
        init = { kind: "block", body: decls, ...here };
      } else if (!p.accept(";")) {
        init = { kind: "expr", expr: expressionStatement(p), ...here };
        p.expect(";");
      }
      const c = p.is(";") ? null : condition(p, parseExpression(p));
      p.expect(";");
      const step = p.is(")") ? null : expressionStatement(p);
      p.expect(")");
      const body = loopBody(p);
      p.popScope();
      return { kind: "for", init, condition: c, step, body, ...here };
    }
    case "switch": {
      p.next();
      p.expect("(");
      const value = rvalue(p, parseExpression(p));
      if (!isInteger(value.type)) p.fail(t, "switch needs an integer");
      const type = promote(value.type);
      p.expect(")");
      const context = { cases: [], defaultLabel: null, type };
      p.switches.push(context);
      p.breakDepth++;
      const body = parseStatement(p);
      p.breakDepth--;
      p.switches.pop();
      return {
        kind: "switch",
        value: castTo(p, value, type),
        body,
        cases: context.cases,
        defaultLabel: context.defaultLabel,
        ...here,
      };
    }
    case "case":
    case "default": {
      p.next();
      const context = p.switches[p.switches.length - 1];
      if (!context) p.fail(t, `${t.text} outside a switch`);
      const label = p.newLabel();
      if (t.text === "case") {
        const raw = parseConstant(p);
        const value = castTo(p, { kind: "number", value: raw, type: context.type, ...here }, context.type);
        const v = value.kind === "number" ? value.value : raw;
        if (context.cases.some((c) => c.value === v)) p.fail(t, "duplicate case value");
        context.cases.push({ value: v, label });
      } else {
        if (context.defaultLabel) p.fail(t, "two default labels in one switch");
        context.defaultLabel = label;
      }
      p.expect(":");
      const body = p.is("}") ? ({ kind: "empty", ...here } as Stmt) : parseStatement(p);
      return { kind: "label", label, body, ...here };
    }
    case "break":
      p.next();
      if (p.breakDepth === 0) p.fail(t, "break outside a loop or switch");
      p.expect(";");
      return { kind: "break", ...here };
    case "continue":
      p.next();
      if (p.loopDepth === 0) p.fail(t, "continue outside a loop");
      p.expect(";");
      return { kind: "continue", ...here };
    case "goto": {
      p.next();
      const name = p.identifier();
      p.expect(";");
      return { kind: "goto", label: functionLabel(p, name.text, false, name), ...here };
    }
    case "return": {
      p.next();
      const returns = p.fn!.returns;
      if (p.accept(";")) {
        if (returns.kind !== "void" && p.fn!.name !== "main") p.fail(t, "return needs a value here");
        return { kind: "return", value: null, ...here };
      }
      const e = parseExpression(p);
      p.expect(";");
      if (returns.kind === "void") {
        if (rvalue(p, e).type.kind !== "void") p.fail(t, "a void function cannot return a value");
        return {
          kind: "block",
          body: [
            { kind: "expr", expr: e, ...here },
            { kind: "return", value: null, ...here },
          ],
          ...here,
        };
      }
      return { kind: "return", value: convertForAssignment(p, e, returns, t), ...here };
    }
  }
  if (startsTypeName(p, t)) {
    const body: Stmt[] = [];
    parseLocalDeclaration(p, body);
    return { kind: "block", body, ...here };
  }
  const expr = expressionStatement(p);
  p.expect(";");
  return { kind: "expr", expr, ...here };
}

function loopBody(p: Parser): Stmt {
  p.loopDepth++;
  p.breakDepth++;
  const s = parseStatement(p);
  p.loopDepth--;
  p.breakDepth--;
  return s;
}

function functionLabel(p: Parser, name: string, defining: boolean, t: Token): string {
  const fn = p.fn!;
  let label = fn.labels.get(name);
  if (!label) {
    label = p.newLabel();
    fn.labels.set(name, label);
  }
  if (defining) {
    if (fn.definedLabels.has(name)) p.fail(t, `label ${name.slice(0, 40)} is defined twice`);
    fn.definedLabels.add(name);
  } else fn.usedLabels.push({ name, position: at(t) });
  return label;
}

function parseBlock(p: Parser): Stmt {
  const open = p.expect("{");
  p.pushScope();
  const body: Stmt[] = [];
  while (!p.is("}")) {
    if (p.peek().kind === "eof") p.fail(open, "this { is never closed");
    body.push(parseStatement(p));
  }
  p.next();
  p.popScope();
  return { kind: "block", body, ...at(open) };
}

function declareFunction(p: Parser, name: Token, type: Extract<Type, { kind: "function" }>): void {
  const existing = p.functions.get(name.text);
  if (existing) {
    const same =
      sameType(existing.type.returns, type.returns) &&
      existing.type.params.length === type.params.length &&
      existing.type.params.every((t, i) => sameType(t, type.params[i]!));
    if (!same) p.fail(name, `${name.text.slice(0, 40)} is declared twice with different types`);
    return;
  }
  if (type.params.length > 6) p.fail(name, "functions with more than six parameters are not supported");
  p.functions.set(name.text, { type, defined: false, position: at(name) });
}

function parseFunctionBody(
  p: Parser,
  name: Token,
  type: Extract<Type, { kind: "function" }>,
  paramNames: (Token | null)[],
): FunctionDef {
  declareFunction(p, name, type);
  const info = p.functions.get(name.text)!;
  if (info.defined) p.fail(name, `${name.text.slice(0, 40)} is defined twice`);
  info.defined = true;
  if (type.variadic) p.fail(name, "defining a function with ... is not supported");
  p.fn = {
    locals: [],
    returns: type.returns,
    makesCalls: false,
    labels: new Map(),
    usedLabels: [],
    definedLabels: new Set(),
    name: name.text,
  };
  p.pushScope();
  const params = type.params.map((t, i) => {
    const paramName = paramNames[i];
    if (!paramName) p.fail(name, "every parameter of a definition needs a name");
    const v = p.newVariable(paramName.text, t, false, paramName);
    p.declare(paramName.text, { kind: "variable", variable: v });
    return v;
  });
  const locals = p.fn.locals;
  locals.length = 0;
  const body = parseBlock(p);
  p.popScope();
  for (const use of p.fn.usedLabels)
    if (!p.fn.definedLabels.has(use.name)) p.fail(use.position, `label ${use.name.slice(0, 40)} is not defined`);
  const def: FunctionDef = {
    name: name.text,
    type,
    params,
    locals: [...locals],
    body,
    makesCalls: p.fn.makesCalls,
    ...at(name),
  };
  p.fn = null;
  return def;
}

export function parseProgram(p: Parser): Program {
  while (p.peek().kind !== "eof") {
    if (p.accept(";")) continue;
    const spec = parseSpecifiers(p, true);
    if (p.accept(";")) continue;
    let first = true;
    do {
      const d = parseDeclarator(p, spec.type);
      if (!d.name) p.fail(p.peek(), "expected a name");
      const name = d.name;
      if (spec.storage === "typedef") {
        p.declare(name.text, { kind: "typedef", type: d.type });
        continue;
      }
      if (d.type.kind === "function") {
        if (first && p.is("{")) {
          p.definitions.push(parseFunctionBody(p, name, d.type, d.paramNames ?? []));
          first = false;
          break;
        }
        declareFunction(p, name, d.type);
        first = false;
        continue;
      }
      first = false;
      if (d.type.kind === "void" || (d.type.kind === "struct" && !d.type.complete))
        p.fail(name, `a variable cannot have type ${typeName(d.type)}`);
      const existing = p.lookup(name.text);
      let variable;
      if (existing?.kind === "variable" && existing.variable.global) {
        variable = existing.variable;
        if (!sameType(variable.type, d.type))
          p.fail(name, `${name.text.slice(0, 40)} is declared twice with different types`);
      } else {
        if (d.type.kind === "array" && d.type.length < 0 && !p.is("=")) p.fail(name, "an array needs a size");
        const probe = d.type.kind === "array" && d.type.length < 0;
        variable = p.newVariable(name.text, d.type, true, name);
        if (probe) variable.type = d.type;
        p.declare(name.text, { kind: "variable", variable });
      }
      if (p.accept("=")) {
        const slots = parseVariableInitializer(p, variable, at(name));
        if (d.type.kind === "array" && d.type.length < 0) variable.address = p.allocateGlobal(variable.type, name);
        globalInitializer(p, variable, slots);
      }
    } while (p.accept(","));
    if (!p.is("}") && p.tokens[p.position - 1]?.text !== "}") p.expect(";");
  }
  return { functions: p.definitions, data: p.data };
}
