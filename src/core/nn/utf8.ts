/**
 * UTF-8 encoding and decoding for the safetensors header. TextEncoder/TextDecoder are web
 * platform APIs, absent from QuickJS and from the core's ES-only type environment.
 */

export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return Uint8Array.from(bytes);
}

/** Decodes strict UTF-8; returns null on malformed input (overlong forms, surrogates, truncation). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let text = "";
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    let length: number;
    let code: number;
    let minimum: number;
    if (lead < 0x80) [length, code, minimum] = [1, lead, 0];
    else if (lead >= 0xc2 && lead < 0xe0) [length, code, minimum] = [2, lead & 31, 0x80];
    else if (lead >= 0xe0 && lead < 0xf0) [length, code, minimum] = [3, lead & 15, 0x800];
    else if (lead >= 0xf0 && lead < 0xf5) [length, code, minimum] = [4, lead & 7, 0x10000];
    else return null;
    if (i + length > bytes.length) return null;
    for (let k = 1; k < length; k++) {
      const continuation = bytes[i + k]!;
      if ((continuation & 0xc0) !== 0x80) return null;
      code = (code << 6) | (continuation & 63);
    }
    if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    text += String.fromCodePoint(code);
    i += length;
  }
  return text;
}
