import { inflateSync } from 'node:zlib';

/**
 * Whether every pixel of an 8-bit RGBA PNG is fully transparent. The filtered alpha bytes are all 0
 * exactly when the alphas are: the first pixel with alpha above 0 has only zero neighbours before
 * it, so every filter's prediction for it is 0 and its byte is its alpha.
 */
export function transparent(png: Buffer): boolean {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || png[25] !== 6) throw new Error('expected an 8-bit RGBA PNG');
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (raw[y * stride + 1 + x * 4 + 3] !== 0) return false;
  return true;
}
