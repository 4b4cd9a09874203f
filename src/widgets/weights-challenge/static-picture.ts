/**
 * Build time only (Node): the published weights as one small PNG data URI, the picture readers
 * see without JavaScript. A PNG keeps the chapter's HTML small (an SVG rect per weight would be
 * ~100 KB); a data URI needs no extra route (img-src allows data:). Zero is white here because
 * an image cannot follow the theme; the live widget's canvases can.
 */
import { deflateSync } from "node:zlib";
import type { MlpParams } from "../../core/nn/index.ts";
import { divergingColour, type Rgb } from "./draw.ts";

const WHITE: Rgb = [255, 255, 255];
const GAP: Rgb = [207, 202, 189];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(width: number, height: number, rgb: Uint8Array): string {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    Buffer.from(rgb.subarray(y * width * 3, (y + 1) * width * 3)).copy(raw, y * (width * 3 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const file = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
  return `data:image/png;base64,${file.toString("base64")}`;
}

/** First layer as 4 × 8 tiles of 8 × 8 (one per hidden unit), then the 10 × 32 second layer. */
export function weightsPicture(params: MlpParams): { src: string; width: number; height: number } {
  const width = 8 * 8 + 7;
  const height = 4 * 8 + 3 + 2 + 10;
  const rgb = new Uint8Array(width * height * 3);
  const put = (x: number, y: number, colour: Rgb) => rgb.set(colour, (y * width + x) * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) put(x, y, GAP);
  const scale = (values: Float64Array) => values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const hiddenScale = scale(params.hiddenWeight);
  for (let unit = 0; unit < params.hiddenUnits; unit++) {
    const ox = (unit % 8) * 9;
    const oy = Math.floor(unit / 8) * 9;
    for (let pixel = 0; pixel < 64; pixel++) {
      const value = params.hiddenWeight[unit * 64 + pixel]!;
      put(ox + (pixel % 8), oy + Math.floor(pixel / 8), divergingColour(value, hiddenScale, WHITE));
    }
  }
  const outputScale = scale(params.outputWeight);
  const top = 4 * 8 + 3 + 2;
  for (let digit = 0; digit < 10; digit++) {
    for (let hidden = 0; hidden < params.hiddenUnits; hidden++) {
      const value = params.outputWeight[digit * params.hiddenUnits + hidden]!;
      put(hidden, top + digit, divergingColour(value, outputScale, WHITE));
    }
  }
  return { src: png(width, height, rgb), width, height };
}
