"use strict";
// Assembles the Teams app package from manifest.template.json, commands.json, the icons and the
// settings, checks everything, and returns the zip as a Buffer together with every problem found.

const fs = require("fs");
const path = require("path");
const { SETTINGS, GUID } = require("./settings");
const { validateManifest } = require("./schema");
const { readIhdr, outlineColours } = require("./png");
const { writeZip, readZip } = require("./zip");

const SCOPES = ["personal", "team", "groupChat"];
const MAX_COMMANDS_PER_LIST = 12;
const ICON_SIZES = { color: [192, 192], outline: [32, 32], color32x32: [32, 32] };
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

function readJson(file, errors) {
  if (!fs.existsSync(file)) { errors.push(`${file}: file not found`); return null; }
  try {
    return JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    errors.push(`${file}: not valid JSON: ${e.message}`);
    return null;
  }
}

// commands.json -> commandLists (one list per scope, in the order personal, team, groupChat).
function commandLists(commandsFile, errors) {
  const doc = readJson(commandsFile, errors);
  if (!doc) return null;
  if (!Array.isArray(doc.commands) || doc.commands.length === 0) {
    errors.push(`${commandsFile}: "commands" must be a non-empty array`);
    return null;
  }
  const lists = new Map(SCOPES.map((s) => [s, []]));
  doc.commands.forEach((c, i) => {
    const where = `${commandsFile}: commands[${i}]`;
    if (!c || typeof c !== "object" || Array.isArray(c)) { errors.push(`${where} must be an object`); return; }
    const { scopes, ...command } = c;
    if (typeof command.title !== "string" || command.title.trim() === "") { errors.push(`${where}: "title" must be a non-empty string`); return; }
    if (!Array.isArray(scopes) || scopes.length === 0) { errors.push(`${where} ("${command.title}"): "scopes" must list at least one of ${SCOPES.join(", ")}`); return; }
    if (command.type === "prompt" && (typeof command.prompt !== "string" || command.prompt.trim() === "")) {
      errors.push(`${where} ("${command.title}"): a command of type "prompt" needs a "prompt" text`);
    }
    for (const scope of scopes) {
      if (!lists.has(scope)) { errors.push(`${where} ("${command.title}"): unknown scope ${JSON.stringify(scope)}; use ${SCOPES.join(", ")}`); continue; }
      const list = lists.get(scope);
      if (list.some((x) => x.title.toLowerCase() === command.title.toLowerCase())) {
        errors.push(`${where}: command "${command.title}" appears twice in scope ${scope}`);
        continue;
      }
      list.push(command);
    }
  });
  const result = [];
  for (const [scope, commands] of lists) {
    if (commands.length > MAX_COMMANDS_PER_LIST) {
      errors.push(`${commandsFile}: scope ${scope} has ${commands.length} commands; Teams shows at most ${MAX_COMMANDS_PER_LIST}`);
    }
    if (commands.length) result.push({ scopes: [scope], commands });
  }
  return result;
}

// Replaces ${{NAME}} placeholders. A string that is exactly one placeholder takes the value as is
// (so COMMAND_LISTS becomes an array); inside longer strings the value is inserted as text.
// Unresolved placeholders are collected with their JSON Pointer.
function substitute(node, values, pointer, unresolved) {
  if (typeof node === "string") {
    const whole = /^\$\{\{([A-Z0-9_]+)\}\}$/.exec(node);
    if (whole) {
      if (values[whole[1]] !== undefined) return values[whole[1]];
      unresolved.push({ path: pointer, name: whole[1] });
      return node;
    }
    return node.replace(PLACEHOLDER, (text, name) => {
      if (typeof values[name] === "string") return values[name];
      unresolved.push({ path: pointer, name });
      return text;
    });
  }
  if (Array.isArray(node)) return node.map((v, i) => substitute(v, values, `${pointer}/${i}`, unresolved));
  if (node && typeof node === "object") {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = substitute(v, values, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, unresolved);
    return out;
  }
  return node;
}

function checkIcons(manifest, manifestDir, errors) {
  const icons = manifest.icons && typeof manifest.icons === "object" ? manifest.icons : {};
  const files = [];
  for (const [key, [w, h]] of Object.entries(ICON_SIZES)) {
    const rel = icons[key];
    if (typeof rel !== "string") continue; // missing or wrong type: the schema reports it
    if (!/^[^/\\:]+\.png$/i.test(rel) || rel.startsWith(".")) {
      errors.push(`/icons/${key}: "${rel}" must be a PNG file name without folders: the package keeps the icons at the zip root`);
      continue;
    }
    const file = path.join(manifestDir, rel);
    if (!fs.existsSync(file)) { errors.push(`/icons/${key}: icon file ${file} not found`); continue; }
    const data = fs.readFileSync(file);
    let ihdr;
    try {
      ihdr = readIhdr(data);
    } catch (e) {
      errors.push(`/icons/${key}: ${file} ${e.message}`);
      continue;
    }
    if (ihdr.width !== w || ihdr.height !== h) {
      errors.push(`/icons/${key}: ${file} is ${ihdr.width}x${ihdr.height} pixels; Teams requires ${w}x${h}`);
    }
    if (key === "outline") {
      try {
        const st = outlineColours(data);
        if (st.nonWhite > 0) errors.push(`/icons/outline: ${file} must be white (255,255,255) on transparent; ${st.nonWhite} of ${st.visible} visible pixels have another colour`);
        if (st.transparent === 0) errors.push(`/icons/outline: ${file} has no transparent pixels; the background must be fully transparent`);
        if (st.visible === 0) errors.push(`/icons/outline: ${file} is fully transparent; it shows nothing`);
      } catch (e) {
        errors.push(`/icons/outline: ${file} ${e.message}`);
      }
    }
    if (!files.some((f) => f.name === rel)) files.push({ name: rel, data });
  }
  return files;
}

// The zip as Teams wants it: manifest.json and the icons at the root, nothing else, readable.
function checkZip(zip, expected, errors) {
  let entries;
  try {
    entries = readZip(zip);
  } catch (e) {
    errors.push(`package: the written zip cannot be read back: ${e.message}`);
    return;
  }
  const names = entries.map((e) => e.name);
  for (const e of entries) {
    if (e.name.includes("/") || e.name.includes("\\")) errors.push(`package: zip entry "${e.name}" is not at the zip root`);
    const want = expected.find((f) => f.name === e.name);
    if (!want) errors.push(`package: unexpected zip entry "${e.name}"`);
    else if (!want.data.equals(e.data)) errors.push(`package: zip entry "${e.name}" differs from its source`);
  }
  for (const f of expected) if (!names.includes(f.name)) errors.push(`package: "${f.name}" is missing from the zip`);
  if (names[0] !== "manifest.json") errors.push("package: manifest.json must be the first entry at the zip root");
}

// manifestDir holds manifest.template.json, commands.json and the icons.
// settings: the result of loadSettings(). Returns { manifest, zip, errors }; zip is null on errors.
function buildPackage(manifestDir, settings) {
  const errors = [...settings.errors];
  const template = readJson(path.join(manifestDir, "manifest.template.json"), errors);
  const lists = commandLists(path.join(manifestDir, "commands.json"), errors);
  if (!template) return { manifest: null, zip: null, errors };

  const values = {};
  for (const def of SETTINGS) if (settings.values[def.name] !== undefined) values[def.placeholder] = settings.values[def.name];
  if (lists) values.COMMAND_LISTS = lists;
  const unresolved = [];
  const manifest = substitute(template, values, "", unresolved);

  // Placeholders of settings already reported as missing/invalid are not reported again, nor are
  // schema errors at their places.
  const failed = new Set(SETTINGS.filter((d) => settings.values[d.name] === undefined).map((d) => d.placeholder));
  if (!lists) failed.add("COMMAND_LISTS");
  const skipPaths = new Set();
  for (const u of unresolved) {
    if (failed.has(u.name)) { skipPaths.add(u.path); continue; }
    errors.push(`${u.path}: unknown placeholder \${{${u.name}}} in manifest.template.json`);
  }

  const schemaPaths = new Set();
  for (const p of validateManifest(manifest)) {
    if (skipPaths.has(p.path)) continue;
    schemaPaths.add(p.path);
    errors.push(`manifest schema: ${p.message}`);
  }
  // Explicit GUID checks (also catches a GUID the schema would not see, e.g. in a future version).
  const ids = [["/id", manifest.id]];
  if (Array.isArray(manifest.bots)) manifest.bots.forEach((b, i) => ids.push([`/bots/${i}/botId`, b && b.botId]));
  for (const [ptr, v] of ids) {
    if (skipPaths.has(ptr) || schemaPaths.has(ptr)) continue;
    if (typeof v !== "string" || !GUID.test(v)) errors.push(`${ptr}: must be a GUID (got ${JSON.stringify(v)})`);
  }
  if (!Array.isArray(manifest.bots) || manifest.bots.length !== 1) errors.push("/bots: the package must declare exactly one bot");

  const icons = checkIcons(manifest, manifestDir, errors);
  if (errors.length) return { manifest, zip: null, errors };

  const files = [{ name: "manifest.json", data: Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8") }, ...icons];
  const zip = writeZip(files);
  checkZip(zip, files, errors);
  return { manifest, zip: errors.length ? null : zip, errors };
}

module.exports = { buildPackage, commandLists, substitute };
