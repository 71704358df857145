#!/usr/bin/env node
"use strict";
// Renders the app icons from their SVG sources into the PNG files the package ships:
//   icons/color.svg   -> color.png   192x192, full colour
//   icons/outline.svg -> outline.png  32x32,  white on transparent
// Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed, so building the
// package does not need this script; run it only after changing an SVG:  node manifest/icons/render.js
// The outline is normalised afterwards: every pixel is set to pure white and keeps only its alpha,
// so antialiasing cannot leave a grey pixel (Teams requires white on transparent).

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { PNG } = require("pngjs");

const ICONS = [
  { svg: "color.svg", png: "color.png", size: 192, outline: false },
  { svg: "outline.svg", png: "outline.png", size: 32, outline: true },
];

function render(svgFile, size) {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kommunalbot-icons-")), "out.png");
  try {
    execFileSync("rsvg-convert", ["--width", String(size), "--height", String(size), "--format", "png", "--output", tmp, svgFile]);
  } catch (e) {
    const hint = e.code === "ENOENT" ? " (rsvg-convert not found: apt-get install librsvg2-bin)" : "";
    throw new Error(`rendering ${svgFile} failed${hint}: ${e.message}`);
  }
  const img = PNG.sync.read(fs.readFileSync(tmp));
  fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  return img;
}

function main() {
  const here = __dirname;
  const outDir = path.resolve(here, "..");
  for (const icon of ICONS) {
    const img = render(path.join(here, icon.svg), icon.size);
    if (img.width !== icon.size || img.height !== icon.size) {
      throw new Error(`${icon.svg} rendered as ${img.width}x${img.height}, expected ${icon.size}x${icon.size}`);
    }
    const out = new PNG({ width: img.width, height: img.height, colorType: 6 });
    img.data.copy(out.data);
    if (icon.outline) {
      for (let i = 0; i < out.data.length; i += 4) {
        out.data[i] = 255; out.data[i + 1] = 255; out.data[i + 2] = 255;
      }
    }
    const file = path.join(outDir, icon.png);
    fs.writeFileSync(file, PNG.sync.write(out, { colorType: 6 }));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${icon.size}x${icon.size})`);
  }
}

main();
