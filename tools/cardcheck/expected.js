#!/usr/bin/env node
"use strict";
// Reference outputs of the official templating engine (adaptivecards-templating 2.3.1) that the bot's
// C# binder must equal (tests/Bot.Tests/Cards/CardBinderTests.cs):
//   cards/<name>.json + cards/<name>.sample.json          -> tests/Bot.Tests/Cards/Expected/<name>.json
//   tests/Bot.Tests/Cards/Fixtures/<case>.json ({template, data}) -> Expected/fixture-<case>.json
//     ({"bound": ...} or {"error": "..."} when the engine refuses or fails)
// Also writes the German texts of src/Bot/Resources/Texts.resx into each sample as "t".
// Usage: node tools/cardcheck/expected.js --write | --check (default: --check, exit 1 when stale)

const fs = require("fs");
const path = require("path");
const util = require("util");
const repo = require("./lib/repo");
const { bindOfficial } = require("./lib/official");

const json = (v) => JSON.stringify(v, null, 2) + "\n";

function outputs() {
  const out = new Map();
  const t = repo.germanTexts();
  for (const c of repo.templates()) {
    if (!fs.existsSync(c.sample)) throw new Error(`${c.template} has no sample data ${path.basename(c.sample)}`);
    const sample = repo.readJson(c.sample);
    delete sample.t;
    sample.t = t;
    out.set(c.sample, json(sample));
    out.set(path.join(repo.expectedDir, c.name + ".json"), json(bindOfficial(repo.readJson(c.template), sample)));
  }
  for (const f of fs.readdirSync(repo.fixturesDir).filter((f) => f.endsWith(".json")).sort()) {
    const { template, data } = repo.readJson(path.join(repo.fixturesDir, f));
    let result;
    try {
      result = { bound: bindOfficial(template, data) };
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e) };
    }
    out.set(path.join(repo.expectedDir, "fixture-" + f), json(result));
  }
  return out;
}

function main(mode) {
  let stale = 0;
  fs.mkdirSync(repo.expectedDir, { recursive: true });
  const all = outputs();
  for (const [file, text] of all) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (current !== null && util.isDeepStrictEqual(JSON.parse(current), JSON.parse(text))) continue;
    if (mode === "--write") {
      fs.writeFileSync(file, text);
      console.log("wrote " + path.relative(repo.root, file));
    } else {
      console.log("STALE " + path.relative(repo.root, file) + " (run: node tools/cardcheck/expected.js --write)");
      stale++;
    }
  }
  // Reference files nothing produces any more (a fixture or card was removed).
  const wanted = new Set(all.keys());
  for (const f of fs.readdirSync(repo.expectedDir).map((f) => path.join(repo.expectedDir, f))) {
    if (wanted.has(f)) continue;
    if (mode === "--write") {
      fs.unlinkSync(f);
      console.log("removed " + path.relative(repo.root, f));
    } else {
      console.log("STALE " + path.relative(repo.root, f) + " (no card or fixture for it; run: node tools/cardcheck/expected.js --write)");
      stale++;
    }
  }
  return stale ? 1 : 0;
}

process.exitCode = main(process.argv[2] || "--check");
