#!/usr/bin/env node
"use strict";
// Usage: node tools/cardcheck/check.js FILE|DIR...
// Validates bound Adaptive Cards (bare cards or attachments): version <= 1.5, Adaptive Card 1.5 schema,
// official adaptivecards parser at version 1.5, message size <= 80 KB UTF-16. Exit 0 ok, 1 problems, 2 usage.

const fs = require("fs");
const path = require("path");
const { checkCard } = require("./lib/validate");

function files(args) {
  return args.flatMap((a) => fs.statSync(a).isDirectory()
    ? fs.readdirSync(a).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(a, f))
    : [a]);
}

function main(args) {
  if (!args.length) {
    console.error("usage: check.js FILE|DIR...");
    return 2;
  }
  const list = files(args);
  if (!list.length) {
    console.error("no card files found in " + args.join(" "));
    return 1;
  }
  let failed = 0;
  for (const file of list) {
    let result;
    try {
      result = checkCard(JSON.parse(fs.readFileSync(file, "utf8")));
    } catch (e) {
      result = { problems: [{ check: "json", path: "", message: e.message }], utf16: 0 };
    }
    const errors = result.problems.filter((p) => !p.warning);
    console.log(`${errors.length ? "FAIL" : "ok  "} ${file}  (${(result.utf16 / 1024).toFixed(1)} KB UTF-16 of 80 KB)`);
    for (const p of result.problems) console.log(`  ${p.warning ? "warning" : "error  "} [${p.check}] ${p.path} ${p.message}`);
    if (errors.length) failed++;
  }
  console.log(`${list.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { main };
