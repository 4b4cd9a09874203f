/**
 * An 8×8 digit as a tiny image file (an uncompressed 24-bit BMP in a data: URL) for thumbnails.
 * The data panel shows 120 of them at once: as 120 canvases, each became a separate compositor
 * resource when it scrolled into view (Chromium's Canvas2DResourceProvider, ~110–140 ms of one
 * frame at 4× CPU slowdown, measured), which delayed the next click by as much. Images are
 * decoded once and drawn like any picture. BMP because it needs no compression code: a 54-byte
 * header, then rows of blue, green, red bytes from the bottom row up (8 × 3 bytes: already a
 * multiple of 4, so no row padding). The CSP allows data: images.
 */
import { inkShade } from "./draw.ts";

const SIDE = 8;
const HEADER = 54;
const ROW = SIDE * 3;
const SIZE = HEADER + ROW * SIDE;

/** The BMP file's bytes for `pixels` (64 ink values 0–16, row by row from the top). */
function digitBmp(pixels: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(SIZE);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x42; // "B"
  bytes[1] = 0x4d; // "M"
  view.setUint32(2, SIZE, true);
  view.setUint32(10, HEADER, true); // where the pixels start
  view.setUint32(14, 40, true); // BITMAPINFOHEADER
  view.setInt32(18, SIDE, true);
  view.setInt32(22, SIDE, true); // positive: rows are stored bottom-up
  view.setUint16(26, 1, true); // colour planes
  view.setUint16(28, 24, true); // bits per pixel
  view.setUint32(34, ROW * SIDE, true); // no compression (30: 0), pixel bytes
  for (let row = 0; row < SIDE; row++) {
    const start = HEADER + (SIDE - 1 - row) * ROW;
    for (let col = 0; col < SIDE; col++) {
      const shade = inkShade(pixels[row * SIDE + col] ?? 0);
      bytes.fill(shade, start + col * 3, start + col * 3 + 3);
    }
  }
  return bytes;
}

const urls = new WeakMap<ArrayBufferLike, Map<number, string>>();

/** A data: URL for the digit at `pixels` (a view into a shared buffer), made once per image. */
export function digitImageUrl(pixels: Uint8Array): string {
  let byOffset = urls.get(pixels.buffer);
  if (!byOffset) urls.set(pixels.buffer, (byOffset = new Map<number, string>()));
  let url = byOffset.get(pixels.byteOffset);
  if (url === undefined) {
    url = `data:image/bmp;base64,${btoa(String.fromCharCode(...digitBmp(pixels)))}`;
    byOffset.set(pixels.byteOffset, url);
  }
  return url;
}
