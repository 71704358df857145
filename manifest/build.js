#!/usr/bin/env node
"use strict";
// Builds the Teams app package kommunalbot.zip (manifest.json + color.png + outline.png at the zip root).
//
//   npm ci --prefix manifest
//   node manifest/build.js [--out kommunalbot.zip] [--config src/Bot/appsettings.json] [--check]
//
// Settings come from environment variables, else from the "TeamsApp" section (and MicrosoftAppId) of
// the bot's appsettings.json; see lib/settings.js. The manifest is validated against the official
// Teams manifest schema (schema/v1.30), ids, icons and the zip layout are checked. On any problem
// nothing is written and the exit code is 1, with every problem listed. --check validates only.

const fs = require("fs");
const path = require("path");
const { loadSettings } = require("./lib/settings");
const { buildPackage } = require("./lib/package");

const USAGE = "usage: node manifest/build.js [--out FILE.zip] [--config APPSETTINGS.json] [--manifest-dir DIR] [--check]";

function parseArgs(argv) {
  const opts = {
    out: "kommunalbot.zip",
    config: path.join(__dirname, "..", "src", "Bot", "appsettings.json"),
    manifestDir: __dirname,
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--out") opts.out = value();
    else if (a === "--config") opts.config = value();
    else if (a === "--manifest-dir") opts.manifestDir = value();
    else if (a === "--check") opts.check = true;
    else if (a === "--help" || a === "-h") opts.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) { console.log(USAGE); return 0; }

  const settings = loadSettings(process.env, path.resolve(opts.config));
  const result = buildPackage(path.resolve(opts.manifestDir), settings);
  if (result.errors.length) {
    console.error(`FAIL: the Teams app package was not built (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}):`);
    for (const e of result.errors) console.error(`  - ${e}`);
    return 1;
  }
  const m = result.manifest;
  const summary = `"${m.name.short}" ${m.version}, app id ${m.id}, bot id ${m.bots[0].botId}, host ${m.validDomains.join(", ")}`;
  if (opts.check) {
    console.log(`OK: the package is valid (${summary}); --check: nothing written`);
    return 0;
  }
  const out = path.resolve(opts.out);
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(tmp, result.zip);
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    console.error(`FAIL: cannot write ${out}: ${e.message}`);
    return 1;
  }
  console.log(`OK: wrote ${path.relative(process.cwd(), out) || out} (${result.zip.length} bytes; ${summary})`);
  return 0;
}

process.exitCode = main();
