/**
 * The parser's state: the token cursor, scopes (variables, typedefs, enum constants, struct
 * tags), the functions declared so far, the globals' bytes, and label numbering. A syntax or type
 * error throws CompileError inside the parser only; compile() turns it into an error value.
 */
import type { FunctionDef, Position, Variable } from "./ast.ts";
import type { Token } from "./lex.ts";
import { GLOBALS_ADDRESS, GLOBALS_LIMIT } from "./signature.ts";
import { alignOf, sizeOf, type StructType, type Type } from "./types.ts";

export class CompileError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(line: number, column: number, message: string) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

export type ScopeEntry =
  { kind: "variable"; variable: Variable } | { kind: "typedef"; type: Type } | { kind: "enum"; value: bigint };

export interface FunctionInfo {
  type: Extract<Type, { kind: "function" }>;
  defined: boolean;
  position: Position;
}

export interface FunctionContext {
  locals: Variable[];
  returns: Type;
  makesCalls: boolean;
  labels: Map<string, string>;
  usedLabels: { name: string; position: Position }[];
  definedLabels: Set<string>;
  name: string;
}

export interface SwitchContext {
  cases: { value: bigint; label: string }[];
  defaultLabel: string | null;
  type: Type;
}

export class Parser {
  position = 0;
  scopes: Map<string, ScopeEntry>[] = [new Map()];
  tags: Map<string, StructType>[] = [new Map()];
  functions = new Map<string, FunctionInfo>();
  definitions: FunctionDef[] = [];
  data: number[] = [];
  strings = new Map<string, Variable>();
  labelCount = 1;
  fn: FunctionContext | null = null;
  switches: SwitchContext[] = [];
  loopDepth = 0;
  breakDepth = 0;
  hiddenCount = 0;

  readonly tokens: Token[];
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.position + offset, this.tokens.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (this.position < this.tokens.length - 1) this.position++;
    return t;
  }
  is(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.text === text && (t.kind === "punct" || t.kind === "identifier");
  }
  accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }
  fail(at: Position, message: string): never {
    throw new CompileError(at.line, at.column, message);
  }
  expect(text: string): Token {
    const t = this.peek();
    if (!this.is(text))
      this.fail(t, t.kind === "eof" ? `expected "${text}" before the end of the file` : `expected "${text}"`);
    return this.next();
  }
  identifier(): Token {
    const t = this.peek();
    if (t.kind !== "identifier") this.fail(t, "expected a name");
    return this.next();
  }

  pushScope(): void {
    this.scopes.push(new Map());
    this.tags.push(new Map());
  }
  popScope(): void {
    this.scopes.pop();
    this.tags.pop();
  }
  lookup(name: string): ScopeEntry | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const entry = this.scopes[i]!.get(name);
      if (entry) return entry;
    }
    return undefined;
  }
  lookupTag(name: string): StructType | undefined {
    for (let i = this.tags.length - 1; i >= 0; i--) {
      const entry = this.tags[i]!.get(name);
      if (entry) return entry;
    }
    return undefined;
  }
  declare(name: string, entry: ScopeEntry): void {
    this.scopes[this.scopes.length - 1]!.set(name, entry);
  }
  isTypedefName(t: Token): boolean {
    return t.kind === "identifier" && this.lookup(t.text)?.kind === "typedef";
  }

  newLabel(): string {
    return `.L${this.labelCount++}`;
  }

  /** Reserves zeroed global storage for `type`; returns its absolute address. */
  allocateGlobal(type: Type, at: Position): number {
    const align = alignOf(type);
    while (this.data.length % align !== 0) this.data.push(0);
    const address = GLOBALS_ADDRESS + this.data.length;
    const size = sizeOf(type);
    if (address + size > GLOBALS_LIMIT) this.fail(at, "the globals do not fit in the machine's 32 KB data area");
    for (let i = 0; i < size; i++) this.data.push(0);
    return address;
  }

  newVariable(name: string, type: Type, global: boolean, at: Position): Variable {
    const variable: Variable = {
      name,
      type,
      global,
      address: global ? this.allocateGlobal(type, at) : 0,
      addressTaken: type.kind === "array" || type.kind === "struct",
      register: -1,
      stackOffset: 0,
    };
    if (!global) this.fn?.locals.push(variable);
    return variable;
  }
}
