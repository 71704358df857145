"use strict";
// PNG checks for the app icons: size from the IHDR chunk, colours from the decoded pixels (pngjs).

const { PNG } = require("pngjs");

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Returns {width, height, bitDepth, colorType} from the IHDR chunk, which must come first.
function readIhdr(buf) {
  if (!Buffer.isBuffer(buf) || buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error("is not a PNG file (wrong signature)");
  }
  if (buf.toString("latin1", 12, 16) !== "IHDR" || buf.readUInt32BE(8) !== 13) {
    throw new Error("is not a valid PNG file (IHDR chunk missing)");
  }
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24],
    colorType: buf[25],
  };
}

// Decodes the whole image to RGBA; throws on a broken file.
function decode(buf) {
  try {
    return PNG.sync.read(buf);
  } catch (e) {
    throw new Error(`cannot be decoded as PNG: ${e.message}`);
  }
}

// Teams outline icons: every visible pixel white (255,255,255), the background fully transparent.
function outlineColours(buf) {
  const img = decode(buf);
  let visible = 0, nonWhite = 0, transparent = 0;
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] === 0) { transparent++; continue; }
    visible++;
    if (d[i] !== 255 || d[i + 1] !== 255 || d[i + 2] !== 255) nonWhite++;
  }
  return { pixels: d.length / 4, visible, nonWhite, transparent };
}

module.exports = { readIhdr, decode, outlineColours };
