"use strict";
// Paths of the repository this tool checks, and the German texts from the bot's resources.

const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..", "..");
const cardsDir = path.join(root, "cards");
const expectedDir = path.join(root, "tests", "Bot.Tests", "Cards", "Expected");
const fixturesDir = path.join(root, "tests", "Bot.Tests", "Cards", "Fixtures");

// Card templates: cards/<name>.json with cards/<name>.sample.json beside them.
function templates() {
  return fs.readdirSync(cardsDir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".sample.json"))
    .sort()
    .map((f) => ({ name: f.slice(0, -5), template: path.join(cardsDir, f), sample: path.join(cardsDir, f.slice(0, -5) + ".sample.json") }));
}

const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

// src/Bot/Resources/Texts.resx (German, the neutral resources): { key: text } in file order.
function germanTexts() {
  const xml = fs.readFileSync(path.join(root, "src", "Bot", "Resources", "Texts.resx"), "utf8");
  const texts = {};
  for (const m of xml.matchAll(/<data name="([^"]+)"[^>]*>\s*<value>([\s\S]*?)<\/value>/g)) texts[m[1]] = decode(m[2]);
  return texts;
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));

module.exports = { root, cardsDir, expectedDir, fixturesDir, templates, germanTexts, readJson };
