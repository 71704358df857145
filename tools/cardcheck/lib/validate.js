"use strict";
// Checks one bound Adaptive Card (bare card or attachment) for Teams:
//   version - present on the top-level card and not above 1.5 (Teams renders up to 1.5);
//   schema  - the Adaptive Card 1.5.0 JSON schema (schemas/adaptive-card-1.5.0.json, see SOURCES.md);
//   parser  - the official adaptivecards library (3.0.6) parsing with target version 1.5: its parse and
//             validation events, and every property it does not know;
//   size    - the message carrying the card, serialized, at most 80 KB counted as UTF-16.

const fs = require("fs");
const path = require("path");

const CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
const MAX_UTF16_BYTES = 80 * 1024; // Teams: ~100 KB per bot message (UTF-16), keep within 80 KB
const MAX_VERSION = [1, 5];

let validator = null;
let loadedSchema = null;

// In-memory corrections that make the 1.5.0 schema agree with the official library and Microsoft's 1.5
// samples (the same three the workplace's shared cardcheck documents; see schemas/SOURCES.md).
function applyErrata(schema) {
  const d = schema.definitions;
  d.Table.properties.firstRowAsHeaders = { ...d.Table.properties.firstRowAsHeader };
  const styles = d.ChoiceInputStyle.anyOf;
  styles.find((a) => Array.isArray(a.enum)).enum.push("filtered");
  const pattern = styles.find((a) => typeof a.pattern === "string");
  pattern.pattern = pattern.pattern.replace(/\$$/, "|([f|F][i|I][l|L][t|T][e|E][r|R][e|E][d|D])$");
  for (const name of ["Container", "TableCell"]) d[name].properties.rtl = { ...d[name].properties["rtl?"] };
}
function schemaValidator() {
  if (validator) return validator;
  const Ajv = require("ajv");
  const addFormats = require("ajv-formats");
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "schemas", "adaptive-card-1.5.0.json"), "utf8").replace(/^\uFEFF/, ""));
  // The schema is draft-06 but names itself with the draft-04 "id"; Ajv 8 wants "$id" (in memory only).
  if (schema.id && !schema.$id) { schema.$id = schema.id; delete schema.id; }
  applyErrata(schema);
  loadedSchema = schema;
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

function checkVersion(card, problems) {
  const m = /^(\d+)\.(\d+)$/.exec(typeof card.version === "string" ? card.version : "");
  if (!m) return problems.push({ check: "version", path: "/version", message: `"version" must be a string like "1.5" (got ${JSON.stringify(card.version)})` });
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major > MAX_VERSION[0] || (major === MAX_VERSION[0] && minor > MAX_VERSION[1])) {
    problems.push({ check: "version", path: "/version", message: `card version ${card.version} is above 1.5, the highest version Teams renders` });
  }
}

// The Teams extensions ("msteams" on the card, "msTeams" on an Image; Teams docs, cards-format.md) are
// not in the Adaptive Card schema: they are left out of the copy the schema sees.
function withoutTeamsExtensions(v) {
  if (Array.isArray(v)) return v.map(withoutTeamsExtensions);
  if (!isObject(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if ((k === "msteams" && v.type === "AdaptiveCard") || (k === "msTeams" && v.type === "Image")) continue;
    out[k] = withoutTeamsExtensions(x);
  }
  return out;
}

// Every "type" value the schema's definitions name (elements, actions, inputs, ...).
let knownTypeNames = null;
function knownTypes() {
  if (knownTypeNames) return knownTypeNames;
  knownTypeNames = new Set();
  for (const def of Object.values(loadedSchema.definitions)) {
    const e = def.properties && def.properties.type && def.properties.type.enum;
    if (Array.isArray(e)) e.forEach((t) => knownTypeNames.add(t));
  }
  return knownTypeNames;
}

function at(value, pointer) {
  return pointer.split("/").slice(1).reduce((v, k) => (v == null ? v : v[k.replace(/~1/g, "/").replace(/~0/g, "~")]), value);
}

// Ajv reports an element's mistakes once per alternative of the schema's anyOf of element types; keep
// the errors of the type the element names, and report an unknown type once.
function checkSchema(card, problems) {
  const validate = schemaValidator();
  const value = withoutTeamsExtensions(card);
  if (validate(value)) return;
  const known = knownTypes();
  const errors = validate.errors.filter((e) => e.keyword !== "anyOf").map((e) => {
    const ptr = e.instancePath.endsWith("/type") ? e.instancePath.slice(0, -5) : e.instancePath;
    const obj = at(value, ptr);
    const type = isObject(obj) && typeof obj.type === "string" ? obj.type : null;
    // The element type the failing alternative stands for: its "type" enum (verbose mode gives the parent schema).
    const ps = e.parentSchema || {};
    const enumOf = e.instancePath.endsWith("/type") ? ps.enum : ps.properties && ps.properties.type && ps.properties.type.enum;
    return { e, ptr, type, own: Array.isArray(enumOf) && enumOf.includes(type) };
  });
  const unknown = new Set(errors.filter((x) => x.type !== null && !known.has(x.type)).map((x) => x.ptr));
  for (const ptr of unknown) {
    problems.push({ check: "schema", path: ptr + "/type", message: `unknown type "${at(value, ptr).type}" (not an element or action type of schema 1.5)` });
  }
  // For an element of a known type, only the errors of its own type's alternative count.
  const relevant = errors.filter((x) => !unknown.has(x.ptr) && (x.type === null || x.own)).map((x) => x.e);
  const deepest = validate.errors.reduce((a, e) => (e.instancePath.length > a.instancePath.length ? e : a));
  const seen = new Set();
  if (!relevant.length && problems.some((p) => p.check === "schema")) return;
  for (const e of relevant.length ? relevant : [deepest]) {
    const message = `${e.message}${e.params && e.params.additionalProperty ? ` "${e.params.additionalProperty}"` : ""}`;
    if (seen.has(e.instancePath + message)) continue;
    seen.add(e.instancePath + message);
    problems.push({ check: "schema", path: e.instancePath || "/", message });
  }
}

// Returns {problems, utf16} for one card file's value (a bare card or an attachment).
function checkCard(value) {
  const problems = [];
  const card = isObject(value) && value.contentType === CONTENT_TYPE ? value.content : value;
  if (!isObject(card) || card.type !== "AdaptiveCard") {
    return { problems: [{ check: "json", path: "", message: 'expected an Adaptive Card ("type": "AdaptiveCard") or an attachment with one' }], utf16: 0 };
  }
  checkVersion(card, problems);
  checkSchema(card, problems);
  require("./parser").checkParser(card, problems);
  const message = { type: "message", attachments: [{ contentType: CONTENT_TYPE, content: card }] };
  const utf16 = JSON.stringify(message).length * 2;
  if (utf16 > MAX_UTF16_BYTES) problems.push({ check: "size", path: "", message: `message is ${utf16} bytes UTF-16, over the ${MAX_UTF16_BYTES}-byte limit` });
  return { problems, utf16 };
}

module.exports = { CONTENT_TYPE, MAX_UTF16_BYTES, isObject, checkCard };
