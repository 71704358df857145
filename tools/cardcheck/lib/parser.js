"use strict";
// The official adaptivecards library as a validator. Its package "main" is ES module code Node cannot
// load; the UMD bundle in dist/ is the same library and parses without a DOM (rendering needs one).

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

// Collections the library parses itself rather than through its property schema.
const COLLECTIONS = {
  AdaptiveCard: ["body", "actions"], Container: ["items"], Column: ["items"], TableCell: ["items"],
  ColumnSet: ["columns"], ActionSet: ["actions"], ImageSet: ["images"], RichTextBlock: ["inlines"],
  Table: ["rows", "columns"], TableRow: ["cells"], "Action.ShowCard": ["card"],
};
// Events that only warn (hints and advice), as the library's designer treats them.
const WARNINGS = ["Hint", "Deprecated", "RequiredInputsShouldHaveLabel", "RequiredInputsShouldHaveErrorMessage", "TooManyActions", "CollectionCantBeEmpty", "Other"];

function checkParser(card, problems) {
  const AC = require("adaptivecards/dist/adaptivecards.js");
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = [];
  ctx.onParseElement = (el, source) => parsed.push([el, source]);
  ctx.onParseAction = (action, source) => parsed.push([action, source]);
  const acCard = new AC.AdaptiveCard();
  acCard.parse(card, ctx);
  parsed.unshift([acCard, card]);
  for (const [o, src] of parsed) unknownProperties(AC, o, src, problems);
  const events = [];
  for (let i = 0; i < ctx.eventCount; i++) events.push(ctx.getEventAt(i));
  events.push(...acCard.validateProperties().validationEvents);
  for (const ev of events) {
    const name = AC.ValidationEvent[ev.event] || String(ev.event);
    problems.push({ check: "parser", path: "", message: `${ev.message} (${name})`, warning: WARNINGS.includes(name) });
  }
}

function unknownProperties(AC, o, src, problems) {
  if (!isObject(src)) return;
  const known = new Set(["type", "fallback"]);
  const schema = o.getSchema();
  for (let i = 0; i < schema.getCount(); i++) known.add(schema.getItemAt(i).name);
  const typeName = o.getJsonTypeName();
  for (const k of COLLECTIONS[typeName] || []) known.add(k);
  if (typeName === "AdaptiveCard") ["msteams", "$schema", "version"].forEach((k) => known.add(k));
  if (typeName === "Image") known.add("msTeams");
  for (const key of Object.keys(src)) {
    if (!known.has(key)) problems.push({ check: "parser", path: "", message: `unknown property "${key}" on ${typeName} (not known to the adaptivecards library at version 1.5)` });
  }
}

module.exports = { checkParser };
