"use strict";
// node --test tools/cardcheck/test/ : the gate passes a good card and fails broken ones.

const test = require("node:test");
const assert = require("node:assert");
const path = require("path");
const { checkCard } = require("../lib/validate");
const { main } = require("../check");

const fixture = (name) => require(path.join(__dirname, "fixtures", name));
const errors = (value) => checkCard(value).problems.filter((p) => !p.warning);

test("good card passes every check", () => {
  assert.deepStrictEqual(errors(fixture("good.json")), []);
});

test("1.5 features the schema file gets wrong (documented corrections) pass", () => {
  assert.deepStrictEqual(errors(fixture("good-1.5-features.json")), []);
});

test("unknown element type fails the schema and parser checks", () => {
  const found = errors(fixture("unknown-element.json"));
  assert.ok(found.some((p) => p.check === "parser" && /TextBlok/.test(p.message)), JSON.stringify(found));
  assert.ok(found.some((p) => p.check === "schema" && p.path === "/body/0/type"), JSON.stringify(found));
});

test("card version 1.6 fails the version check", () => {
  const found = errors(fixture("version-1.6.json"));
  assert.ok(found.some((p) => p.check === "version" && /1\.6/.test(p.message)), JSON.stringify(found));
});

test("misspelled property fails schema and parser", () => {
  const found = errors(fixture("unknown-property.json"));
  assert.ok(found.some((p) => p.check === "schema"), JSON.stringify(found));
  assert.ok(found.some((p) => p.check === "parser" && /colr/.test(p.message)), JSON.stringify(found));
});

test("message over 80 KB UTF-16 fails the size check", () => {
  const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "x".repeat(41000) }] };
  assert.ok(errors(card).some((p) => p.check === "size"));
  card.body[0].text = "x".repeat(39000);
  assert.deepStrictEqual(errors(card), []);
});

test("command line exits 1 for a broken card and 0 for a good one", () => {
  const log = console.log;
  console.log = () => {};
  try {
    assert.strictEqual(main([path.join(__dirname, "fixtures", "good.json")]), 0);
    assert.strictEqual(main([path.join(__dirname, "fixtures", "version-1.6.json")]), 1);
    assert.strictEqual(main([path.join(__dirname, "fixtures", "unknown-element.json")]), 1);
  } finally {
    console.log = log;
  }
});
