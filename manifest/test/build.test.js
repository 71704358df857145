"use strict";
// Tests for node manifest/build.js: the real package builds with valid settings, and each kind of
// mistake (settings, icons, manifest fields, commands) fails with a message naming the problem and
// writes nothing. Run: node --test manifest/test/

const test = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { PNG } = require("pngjs");
const { readZip } = require("../lib/zip");
const { readIhdr, outlineColours, decode } = require("../lib/png");

const MANIFEST_DIR = path.join(__dirname, "..");
const BUILD = path.join(MANIFEST_DIR, "build.js");
const FIXTURES = path.join(__dirname, "fixtures");
const NO_CONFIG = path.join(FIXTURES, "does-not-exist.json");

const VALID_ENV = {
  TeamsApp__AppId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  MicrosoftAppId: "9c8b7a65-4d3e-4f21-8a9b-0c1d2e3f4a5b",
  TeamsApp__HostName: "kommunalbot.example.de",
  TeamsApp__DeveloperName: "BayKommun",
  TeamsApp__WebsiteUrl: "https://www.baykommun.example/kommunalbot",
  TeamsApp__PrivacyUrl: "https://www.baykommun.example/datenschutz",
  TeamsApp__TermsOfUseUrl: "https://www.baykommun.example/nutzungsbedingungen",
  TeamsApp__Version: "1.0.0",
};

const created = [];
function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kommunalbot-manifest-test-"));
  created.push(dir);
  return dir;
}
test.after(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

// Runs build.js with only the given environment (plus PATH), never the caller's settings.
function build({ env = VALID_ENV, config = NO_CONFIG, manifestDir, out } = {}) {
  const dir = tmpDir();
  const zip = out || path.join(dir, "kommunalbot.zip");
  const args = [BUILD, "--out", zip, "--config", config];
  if (manifestDir) args.push("--manifest-dir", manifestDir);
  const r = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, zip, written: fs.existsSync(zip) };
}

// A copy of the real manifest folder (template, commands, icons) to break one thing in.
function manifestCopy(change) {
  const dir = tmpDir();
  for (const f of ["manifest.template.json", "commands.json", "color.png", "outline.png"]) {
    fs.copyFileSync(path.join(MANIFEST_DIR, f), path.join(dir, f));
  }
  change(dir);
  return dir;
}

function editJson(file, edit) {
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(doc);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
}

function png(width, height, pixel) {
  const img = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]] = pixel(x, y);
    }
  }
  return PNG.sync.write(img);
}

function assertFails(r, ...expected) {
  assert.equal(r.status, 1, `expected exit 1, got ${r.status}\n${r.stdout}${r.stderr}`);
  assert.equal(r.written, false, "nothing may be written when the build fails");
  for (const e of expected) assert.match(r.stderr, e);
}

test("build_ValidSettings_WritesZipWithManifestAndIconsAtRoot", () => {
  const r = build();
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^OK: wrote /);
  const entries = readZip(fs.readFileSync(r.zip));
  assert.deepEqual(entries.map((e) => e.name), ["manifest.json", "color.png", "outline.png"]);
  assert.deepEqual(entries[1].data, fs.readFileSync(path.join(MANIFEST_DIR, "color.png")));
  assert.deepEqual(entries[2].data, fs.readFileSync(path.join(MANIFEST_DIR, "outline.png")));

  const m = JSON.parse(entries[0].data.toString("utf8"));
  assert.equal(m.manifestVersion, "1.30");
  assert.equal(m.$schema, "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json");
  assert.equal(m.id, VALID_ENV.TeamsApp__AppId);
  assert.equal(m.version, "1.0.0");
  assert.equal(m.bots[0].botId, VALID_ENV.MicrosoftAppId);
  assert.deepEqual(m.bots[0].scopes, ["personal", "team", "groupChat"]);
  assert.equal(m.bots[0].supportsFiles, false);
  assert.deepEqual(m.validDomains, ["kommunalbot.example.de"]);
  assert.deepEqual(m.developer, {
    name: "BayKommun",
    websiteUrl: VALID_ENV.TeamsApp__WebsiteUrl,
    privacyUrl: VALID_ENV.TeamsApp__PrivacyUrl,
    termsOfUseUrl: VALID_ENV.TeamsApp__TermsOfUseUrl,
  });
  assert.equal(m.webApplicationInfo, undefined);
  assert.doesNotMatch(entries[0].data.toString("utf8"), /\$\{\{/);
});

test("build_ValidSettings_CommandListsComeFromCommandsJson", () => {
  const r = build();
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(readZip(fs.readFileSync(r.zip))[0].data.toString("utf8"));
  const source = JSON.parse(fs.readFileSync(path.join(MANIFEST_DIR, "commands.json"), "utf8")).commands;
  assert.deepEqual(m.bots[0].commandLists.map((l) => l.scopes), [["personal"], ["team"], ["groupChat"]]);
  for (const list of m.bots[0].commandLists) {
    const expected = source.filter((c) => c.scopes.includes(list.scopes[0])).map(({ scopes, ...c }) => c);
    assert.deepEqual(list.commands, expected);
  }
  const titles = m.bots[0].commandLists[0].commands.map((c) => c.title);
  for (const t of ["hilfe", "dienste", "steckbrief", "neu"]) assert.ok(titles.includes(t), `command ${t} missing`);
  assert.ok(m.bots[0].commandLists[0].commands.some((c) => c.type === "prompt" && c.prompt), "no prompt example");
});

test("build_SettingsFromAppsettingsWithComments_EnvironmentOverridesConfig", () => {
  const r = build({ env: { TeamsApp__Version: "2.0.0" }, config: path.join(FIXTURES, "appsettings.json") });
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(readZip(fs.readFileSync(r.zip))[0].data.toString("utf8"));
  assert.equal(m.version, "2.0.0");
  assert.equal(m.id, "3f2504e0-4f89-41d3-9a0c-0305e82c3301");
  assert.equal(m.bots[0].botId, "9c8b7a65-4d3e-4f21-8a9b-0c1d2e3f4a5b");
  assert.deepEqual(m.validDomains, ["kommunalbot.example.de"]);
});

test("build_CheckOption_ValidatesWithoutWriting", () => {
  const dir = tmpDir();
  const zip = path.join(dir, "kommunalbot.zip");
  const r = spawnSync(process.execPath, [BUILD, "--check", "--out", zip, "--config", NO_CONFIG],
    { env: { PATH: process.env.PATH, ...VALID_ENV }, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /OK: the package is valid/);
  assert.equal(fs.existsSync(zip), false);
});

test("build_MissingBotId_FailsNamingSetting", () => {
  const { MicrosoftAppId, ...env } = VALID_ENV;
  const r = build({ env });
  assertFails(r, /missing setting MicrosoftAppId \(environment variable MicrosoftAppId\)/);
  assert.match(r.stderr, /1 problem\)/, "the missing id must not cause follow-up schema errors");
});

test("build_NoSettingsAtAll_ListsEverySetting", () => {
  const r = build({ env: {} });
  assertFails(r, /8 problems/);
  for (const name of ["TeamsApp__AppId", "MicrosoftAppId", "TeamsApp__HostName", "TeamsApp__DeveloperName",
    "TeamsApp__WebsiteUrl", "TeamsApp__PrivacyUrl", "TeamsApp__TermsOfUseUrl", "TeamsApp__Version"]) {
    assert.ok(r.stderr.includes(`environment variable ${name}`), `${name} not named:\n${r.stderr}`);
  }
});

test("build_InvalidSettings_FailNamingEnvVarAndConfigKey", () => {
  const r = build({
    env: {
      ...VALID_ENV,
      TeamsApp__AppId: "not-a-guid",
      TeamsApp__HostName: "https://kommunalbot.example.de/api/messages",
      TeamsApp__PrivacyUrl: "http://www.baykommun.example/datenschutz",
      TeamsApp__Version: "1.0",
      TeamsApp__DeveloperName: "Bayerische Kommunalberatung für Onlinedienste",
    },
  });
  assertFails(r,
    /invalid setting TeamsApp:AppId \(environment variable TeamsApp__AppId\).*must be a GUID/,
    /invalid setting TeamsApp:HostName \(environment variable TeamsApp__HostName\).*host name only/,
    /invalid setting TeamsApp:PrivacyUrl .*must be an https URL/,
    /invalid setting TeamsApp:Version .*MAJOR\.MINOR\.PATCH/,
    /invalid setting TeamsApp:DeveloperName .*at most 32 characters/);
  assert.match(r.stderr, /5 problems/);
});

test("build_NilGuidBotId_Fails", () => {
  const r = build({ env: { ...VALID_ENV, MicrosoftAppId: "00000000-0000-0000-0000-000000000000" } });
  assertFails(r, /invalid setting MicrosoftAppId .*placeholder GUID/);
});

test("build_WrongColorIconSize_FailsNamingIconAndSize", () => {
  const dir = manifestCopy((d) => fs.writeFileSync(path.join(d, "color.png"), png(64, 64, () => [27, 91, 174, 255])));
  const r = build({ manifestDir: dir });
  assertFails(r, /\/icons\/color: .*color\.png is 64x64 pixels; Teams requires 192x192/);
});

test("build_WrongOutlineIconSize_FailsNamingIconAndSize", () => {
  const dir = manifestCopy((d) => fs.writeFileSync(path.join(d, "outline.png"),
    png(192, 192, (x, y) => (x > 40 && x < 150 && y > 40 && y < 150 ? [255, 255, 255, 255] : [0, 0, 0, 0]))));
  const r = build({ manifestDir: dir });
  assertFails(r, /\/icons\/outline: .*outline\.png is 192x192 pixels; Teams requires 32x32/);
});

test("build_ColouredOutlineIcon_Fails", () => {
  const dir = manifestCopy((d) => fs.writeFileSync(path.join(d, "outline.png"),
    png(32, 32, (x, y) => (x > 8 && x < 24 && y > 8 && y < 24 ? [27, 91, 174, 255] : [0, 0, 0, 0]))));
  const r = build({ manifestDir: dir });
  assertFails(r, /\/icons\/outline: .*must be white \(255,255,255\) on transparent; 225 of 225 visible pixels/);
});

test("build_IconNotPng_Fails", () => {
  const dir = manifestCopy((d) => fs.writeFileSync(path.join(d, "color.png"), "<svg/>"));
  const r = build({ manifestDir: dir });
  assertFails(r, /\/icons\/color: .*is not a PNG file/);
});

test("build_UnknownManifestProperty_FailsNamingProperty", () => {
  const dir = manifestCopy((d) => editJson(path.join(d, "manifest.template.json"), (m) => { m.bots[0].supportFiles = false; }));
  const r = build({ manifestDir: dir });
  assertFails(r, /manifest schema: \/bots\/0: unknown property "supportFiles" \(did you mean "supportsFiles"\?\)/);
});

test("build_BadAccentColor_FailsNamingField", () => {
  const dir = manifestCopy((d) => editJson(path.join(d, "manifest.template.json"), (m) => { m.accentColor = "blue"; }));
  const r = build({ manifestDir: dir });
  assertFails(r, /manifest schema: \/accentColor: "blue" is not an HTML colour #RRGGBB/);
});

test("build_DescriptionTooLong_FailsNamingField", () => {
  const dir = manifestCopy((d) => editJson(path.join(d, "manifest.template.json"), (m) => { m.description.short = "x".repeat(81); }));
  const r = build({ manifestDir: dir });
  assertFails(r, /\/description\/short: is 81 characters long; at most 80 allowed/);
});

test("build_UnknownPlaceholder_Fails", () => {
  const dir = manifestCopy((d) => editJson(path.join(d, "manifest.template.json"), (m) => { m.name.full = "KommunalBot ${{REGION}}"; }));
  const r = build({ manifestDir: dir });
  assertFails(r, /\/name\/full: unknown placeholder \$\{\{REGION\}\}/);
});

test("build_CommandWithUnknownScope_Fails", () => {
  const dir = manifestCopy((d) => editJson(path.join(d, "commands.json"), (c) => { c.commands[0].scopes = ["channel"]; }));
  const r = build({ manifestDir: dir });
  assertFails(r, /commands\[0\] \("hilfe"\): unknown scope "channel"/);
});

test("build_SeveralProblems_ListsEveryOne", () => {
  const { MicrosoftAppId, ...env } = VALID_ENV;
  const dir = manifestCopy((d) => {
    fs.writeFileSync(path.join(d, "color.png"), png(96, 96, () => [27, 91, 174, 255]));
    editJson(path.join(d, "manifest.template.json"), (m) => { m.accentColor = "#12345"; });
  });
  const r = build({ env, manifestDir: dir });
  assertFails(r, /3 problems/, /MicrosoftAppId/, /is 96x96 pixels/, /\/accentColor/);
});

test("build_Failure_LeavesExistingOutputUntouched", () => {
  const out = path.join(tmpDir(), "kommunalbot.zip");
  fs.writeFileSync(out, "previous package");
  const r = build({ env: {}, out });
  assert.equal(r.status, 1);
  assert.equal(fs.readFileSync(out, "utf8"), "previous package");
  assert.deepEqual(fs.readdirSync(path.dirname(out)), ["kommunalbot.zip"]);
});

test("icons_CommittedPngs_HaveTeamsSizesAndOutlineIsWhiteOnTransparent", () => {
  const color = fs.readFileSync(path.join(MANIFEST_DIR, "color.png"));
  const outline = fs.readFileSync(path.join(MANIFEST_DIR, "outline.png"));
  assert.deepEqual([readIhdr(color).width, readIhdr(color).height], [192, 192]);
  assert.deepEqual([readIhdr(outline).width, readIhdr(outline).height], [32, 32]);
  const st = outlineColours(outline);
  assert.equal(st.nonWhite, 0);
  assert.ok(st.transparent > 0 && st.visible > 100, `outline shows too little: ${JSON.stringify(st)}`);

  // The colour icon is a drawing, not a blank square: opaque, several colours, a white motif.
  const img = decode(color);
  const colours = new Set();
  let white = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    assert.equal(img.data[i + 3], 255, "colour icon must be opaque");
    colours.add(img.data.readUInt32BE(i));
    if (img.data[i] === 255 && img.data[i + 1] === 255 && img.data[i + 2] === 255) white++;
  }
  assert.ok(colours.size > 20, `only ${colours.size} colours`);
  assert.ok(white > 192 * 192 * 0.15 && white < 192 * 192 * 0.6, `white share ${white}`);
});
