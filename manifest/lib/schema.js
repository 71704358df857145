"use strict";
// Validates a manifest against the official Teams manifest JSON schema (draft-04, so ajv-draft-04)
// and turns Ajv's errors into one readable line per problem, with the JSON Pointer of the value.

const fs = require("fs");
const path = require("path");

const SCHEMA_DIR = path.join(__dirname, "..", "schema");
const validators = new Map();

function bundledVersions() {
  if (!fs.existsSync(SCHEMA_DIR)) return [];
  return fs.readdirSync(SCHEMA_DIR)
    .filter((d) => /^v\d+\.\d+$/.test(d) && fs.existsSync(path.join(SCHEMA_DIR, d, "MicrosoftTeams.schema.json")))
    .map((d) => d.slice(1));
}

function getValidator(version) {
  if (validators.has(version)) return validators.get(version);
  const Ajv04 = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const file = path.join(SCHEMA_DIR, "v" + version, "MicrosoftTeams.schema.json");
  const schema = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  // strict:false: the schema uses keywords Ajv does not know in strict mode (e.g. "deprecated" notes).
  const ajv = new Ajv04({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validators.set(version, validate);
  return validate;
}

function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

function suggest(name, candidates) {
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(name.toLowerCase(), c.toLowerCase());
    if (dist < bestD) { bestD = dist; best = c; }
  }
  return best && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

const HINTS = {
  "^#[0-9a-fA-F]{6}$": "an HTML colour #RRGGBB, e.g. #1B5BAE",
  "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$": "a GUID",
  "^[Hh][Tt][Tt][Pp][Ss]?://": "an http(s) URL",
};

function describe(err) {
  const at = err.instancePath || "/";
  const got = JSON.stringify(err.data);
  const short = got !== undefined && got.length > 60 ? got.slice(0, 57) + "..." : got;
  switch (err.keyword) {
    case "additionalProperties": {
      const name = err.params.additionalProperty;
      const known = Object.keys((err.parentSchema && err.parentSchema.properties) || {});
      const s = suggest(name, known);
      return `${at}: unknown property "${name}"` + (s ? ` (did you mean "${s}"?)` : known.length ? ` (allowed: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", ..." : ""})` : "");
    }
    case "required":
      return `${at}: missing required property "${err.params.missingProperty}"`;
    case "pattern":
      return `${at}: ${short} is not ${HINTS[err.params.pattern] || `matching the pattern ${err.params.pattern}`}`;
    case "enum":
      return `${at}: ${short} is not allowed; use one of ${err.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `${at}: must be ${err.params.type} (got ${short})`;
    case "maxLength":
      return `${at}: is ${String(err.data).length} characters long; at most ${err.params.limit} allowed`;
    case "maxItems":
      return `${at}: has ${err.data.length} items; at most ${err.params.limit} allowed`;
    case "minItems":
      return `${at}: has ${err.data.length} items; at least ${err.params.limit} required`;
    case "format":
      return `${at}: ${short} is not a valid ${err.params.format}`;
    default:
      return `${at}: ${err.message}`;
  }
}

// Returns [{path, message}] (empty when valid).
function validateManifest(manifest) {
  const versions = bundledVersions();
  const mv = manifest && manifest.manifestVersion;
  if (!versions.includes(mv)) {
    return [{ path: "/manifestVersion", message: `/manifestVersion: ${JSON.stringify(mv)} has no bundled schema in manifest/schema/ (bundled: ${versions.join(", ") || "none"})` }];
  }
  const problems = [];
  const m = /\/teams\/v([^/]+)\/MicrosoftTeams\.schema\.json$/i.exec(manifest.$schema || "");
  if (!m || m[1] !== mv) {
    problems.push({ path: "/$schema", message: `/$schema: must be https://developer.microsoft.com/json-schemas/teams/v${mv}/MicrosoftTeams.schema.json to match manifestVersion ${mv}` });
  }
  const validate = getValidator(mv);
  if (!validate(manifest)) {
    const seen = new Set();
    for (const err of validate.errors) {
      const message = describe(err);
      if (seen.has(message)) continue;
      seen.add(message);
      problems.push({ path: err.instancePath || "/", keyword: err.keyword, message });
    }
  }
  return problems;
}

module.exports = { validateManifest, bundledVersions };
