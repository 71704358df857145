"use strict";
// Reads the settings the app package needs: each from its environment variable if set (non-empty),
// else from the bot's appsettings.json (keys matched case-insensitively, as .NET configuration does).
// Every missing or invalid value is reported with both names, so the operator knows where to set it.

const fs = require("fs");

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const NIL_GUID = /^0{8}-(0{4}-){3}0{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;

// name: key used in code; env: environment variable; config: appsettings key (":" separated);
// placeholder: what it replaces in manifest.template.json.
const SETTINGS = [
  { name: "appId", env: "TeamsApp__AppId", config: "TeamsApp:AppId", placeholder: "TEAMS_APP_ID", kind: "guid",
    what: "the Teams app id (a GUID of your choice, fixed for the life of the app)" },
  { name: "botId", env: "MicrosoftAppId", config: "MicrosoftAppId", placeholder: "BOT_ID", kind: "guid",
    what: "the bot's Microsoft App ID (Application (client) ID of the Entra app registration)" },
  { name: "hostName", env: "TeamsApp__HostName", config: "TeamsApp:HostName", placeholder: "HOST_NAME", kind: "host",
    what: "the public host name of the bot, e.g. kommunalbot.example.de" },
  { name: "developerName", env: "TeamsApp__DeveloperName", config: "TeamsApp:DeveloperName", placeholder: "DEVELOPER_NAME",
    kind: "text", maxLength: 32, what: "the publisher name shown in Teams (at most 32 characters)" },
  { name: "websiteUrl", env: "TeamsApp__WebsiteUrl", config: "TeamsApp:WebsiteUrl", placeholder: "WEBSITE_URL", kind: "url",
    what: "the publisher's support/website URL (https)" },
  { name: "privacyUrl", env: "TeamsApp__PrivacyUrl", config: "TeamsApp:PrivacyUrl", placeholder: "PRIVACY_URL", kind: "url",
    what: "the privacy statement URL (https)" },
  { name: "termsOfUseUrl", env: "TeamsApp__TermsOfUseUrl", config: "TeamsApp:TermsOfUseUrl", placeholder: "TERMS_OF_USE_URL",
    kind: "url", what: "the terms of use URL (https)" },
  { name: "version", env: "TeamsApp__Version", config: "TeamsApp:Version", placeholder: "APP_VERSION", kind: "semver",
    what: "the app package version MAJOR.MINOR.PATCH; raise it with every package you upload" },
];

// appsettings.json may hold comments and trailing commas (.NET's JSON configuration accepts them).
function parseJsonc(text) {
  text = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (first) {
    let out = "";
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        out += c;
        if (c === "\\") { out += text[++i] ?? ""; continue; }
        if (c === '"') inString = false;
      } else if (c === '"') {
        inString = true; out += c;
      } else if (c === "/" && text[i + 1] === "/") {
        while (i < text.length && text[i] !== "\n") i++;
        out += "\n";
      } else if (c === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) throw first;
        out += text.slice(i, end + 2).replace(/[^\n]/g, " ");
        i = end + 1;
      } else {
        out += c;
      }
    }
    out = out.replace(/,(\s*[}\]])/g, "$1");
    try {
      return JSON.parse(out);
    } catch {
      throw first;
    }
  }
}

function lookup(obj, key) {
  let cur = obj;
  for (const part of key.split(":")) {
    if (!cur || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    const k = Object.keys(cur).find((x) => x.toLowerCase() === part.toLowerCase());
    if (k === undefined) return undefined;
    cur = cur[k];
  }
  return cur;
}

function validate(def, value) {
  switch (def.kind) {
    case "guid":
      if (!GUID.test(value)) return `must be a GUID like 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (got ${JSON.stringify(value)})`;
      if (NIL_GUID.test(value)) return "is the all-zero placeholder GUID; set the real id";
      return null;
    case "host":
      if (/^[a-z]+:\/\//i.test(value) || value.includes("/")) {
        return `must be a host name only, without scheme or path (got ${JSON.stringify(value)}; e.g. "kommunalbot.example.de")`;
      }
      if (value.includes(":")) return `must be a host name without port (got ${JSON.stringify(value)})`;
      if (!HOST.test(value)) return `must be a fully qualified host name like kommunalbot.example.de (got ${JSON.stringify(value)})`;
      return null;
    case "url": {
      let u;
      try { u = new URL(value); } catch { return `must be an absolute https URL (got ${JSON.stringify(value)})`; }
      if (u.protocol !== "https:") return `must be an https URL (got ${JSON.stringify(value)})`;
      if (value.length > 2048) return "must be at most 2048 characters";
      return null;
    }
    case "semver":
      return SEMVER.test(value) ? null : `must be a version MAJOR.MINOR.PATCH like 1.0.0 (got ${JSON.stringify(value)})`;
    case "text":
      if (value.trim() !== value) return "must not start or end with spaces";
      return value.length > def.maxLength ? `must be at most ${def.maxLength} characters (got ${value.length})` : null;
    default:
      return null;
  }
}

// env: an object like process.env; configFile: path to appsettings.json (may not exist).
// Returns { values: {name -> string}, sources: {name -> "env"|"config"}, errors: [string] }.
function loadSettings(env, configFile) {
  const errors = [];
  let config = {};
  if (configFile && fs.existsSync(configFile)) {
    try {
      config = parseJsonc(fs.readFileSync(configFile, "utf8"));
    } catch (e) {
      errors.push(`${configFile}: not valid JSON: ${e.message}`);
    }
  }
  const values = {};
  const sources = {};
  for (const def of SETTINGS) {
    const fromEnv = env[def.env];
    let value;
    if (typeof fromEnv === "string" && fromEnv.trim() !== "") {
      value = fromEnv.trim();
      sources[def.name] = `environment variable ${def.env}`;
    } else {
      const fromConfig = lookup(config, def.config);
      if (fromConfig !== undefined && fromConfig !== null && typeof fromConfig !== "string") {
        errors.push(`${def.config} in ${configFile} must be a string (got ${JSON.stringify(fromConfig)}); ` +
          `environment variable ${def.env} would override it`);
        continue;
      }
      if (typeof fromConfig === "string" && fromConfig.trim() !== "") {
        value = fromConfig.trim();
        sources[def.name] = `${def.config} in ${configFile}`;
      }
    }
    if (value === undefined) {
      errors.push(`missing setting ${def.config} (environment variable ${def.env}): ${def.what}`);
      continue;
    }
    const problem = validate(def, value);
    if (problem) {
      errors.push(`invalid setting ${def.config} (environment variable ${def.env}), read from ${sources[def.name]}: ${problem}`);
      continue;
    }
    values[def.name] = value;
  }
  return { values, sources, errors };
}

module.exports = { SETTINGS, loadSettings, parseJsonc, GUID };
