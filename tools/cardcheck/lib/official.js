"use strict";
// The official Adaptive Cards templating engine, exactly as documented:
// new Template(template).expand({ $root: data }), then serialized as the bot would send it
// (JSON.stringify drops undefined properties and turns undefined array items into null).

const ACData = require("adaptivecards-templating");

function bindOfficial(template, data) {
  const bound = new ACData.Template(template).expand({ $root: data });
  return bound === undefined ? null : JSON.parse(JSON.stringify(bound));
}

module.exports = { bindOfficial };
