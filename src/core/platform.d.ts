/**
 * The few WHATWG APIs the core may use beyond ECMAScript: they exist in every browser, Web
 * Worker and Node, unlike the DOM, which the core must never touch. Declared by hand (a subset)
 * because tsconfig.core.json loads no DOM or Node types on purpose.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
}
