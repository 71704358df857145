#!/usr/bin/env node
"use strict";
// Variants of the Ask cards that one sample per card cannot show (feedback given, FAQ answer without a
// service, empty lists, paging, ...), written as binder fixtures: Fixtures/card-<card>-<variant>.json holds
// the card template itself and the variant data with the German texts as "t". The fixtures copy the template,
// so rerun this after changing a card, a variant or Texts.resx, then `node tools/cardcheck/expected.js --write`.
// Usage: node tests/Bot.Tests/Cards/Fixtures/card-variants.js [--write | --check]  (default --check: exit 1 when stale)
const fs = require("fs"), path = require("path");
const root = path.resolve(__dirname, "..", "..", "..", "..");
const repo = require(path.join(root, "tools", "cardcheck", "lib", "repo.js"));
const t = repo.germanTexts();
const V = {
  "answer-faq-helpful": { card: "answer", data: {
    questionId: "q-20261121-31aa07", title: "FAQ – Wie werden Gebühren in EfA-Diensten bezahlt (ePayBL, Bezahlkomponente)?", serviceId: null,
    directFacts: [], directText: "- **Pflicht (NL5):** Wo eine Zahlung nötig ist, muss die anschließende Seite eine **Bezahlkomponente** bereitstellen.\n- **Einbürgerung in NRW:** Anbindung über die OSCI-Schnittstelle mit **ePayBL**.\n- **Digitaler Führerscheinantrag (Hessen):** Bezahlung per **E-Payment**.",
    aiGenerated: false, summary: [], passages: [],
    sources: [ { number: "1", title: "OZG-Leitfaden 11.2.3.3 Technische Dimension (EfA-Mindestanforderungen)", url: "https://leitfaden.ozg-umsetzung.de/11.2.3.3-Technische-Dimension_40370291.html", date: null } ],
    didYouMean: [], feedback: "helpful", canConsult: false, consult: { question: "Wie bezahlt man Gebühren in EfA-Diensten?", answerSeen: null } } },
  "answer-facts-unhelpful": { card: "answer", data: {
    questionId: "q-20261121-9e4410", title: "Kompatible Fachverfahren – Digitaler Einbürgerungsantrag (EfA Einbürgerung)", serviceId: "einbuergerung",
    directFacts: [ { label: "EinsA", value: "Hersteller: AKDB; Schnittstelle: XEinbürgerung; Als empfangendes Fachverfahren genannt." }, { label: "Fachstandard", value: "XEinbürgerung" } ],
    directText: null, aiGenerated: false,
    summary: [ { title: "Umsetzendes Land", value: "Nordrhein-Westfalen" }, { title: "Fokusleistung", value: "ja" }, { title: "Stand", value: "21.11.2026" } ],
    passages: [], sources: [ { number: "1", title: "AKDB eReport 3/2023: Ausländerbehörden rüsten sich für Antragswelle", url: "https://akdb.de/newsroom/ereport/3-2023/auslaenderbehoerden-ruesten-sich-fuer-antragswelle", date: "03/2023" } ],
    didYouMean: [], feedback: "unhelpful", canConsult: true,
    consult: { question: "Welche Fachverfahren passen zur EfA Einbürgerung?", answerSeen: "Kompatible Fachverfahren – Digitaler Einbürgerungsantrag (EfA Einbürgerung): EinsA: Hersteller: AKDB" } } },
  "no-answer-empty": { card: "no-answer", data: { questionId: "q-20261121-0f0f0f", closest: [], canConsult: false, consult: { question: null, answerSeen: null } } },
  "steckbrief-minimal": { card: "steckbrief", data: {
    serviceId: "wohnraum-id", name: "Wohnraum-ID",
    description: "Onlinedienst aus Hamburg, betrieben von Dataport (mit Unterstützung von Capgemini). Nordrhein-Westfalen nutzt ihn über d-NRW nach. Weitere Angaben (OZG-ID, Fachverfahren, Transportweg, Kosten) nennt die Quelle nicht.",
    facts: [ { title: "Umsetzendes Land", value: "Hamburg" }, { title: "Betreiber", value: "Dataport (Unterstützung durch Capgemini)" } ],
    sections: [], contacts: [ { role: null, name: "d-NRW AöR", detail: null } ], links: [],
    sources: [ { number: "1", title: "d-NRW: Wohnraum-ID", url: "https://www.d-nrw.de/", date: null } ],
    stand: "21.11.2026", sample: false } },
  "services-themenfeld": { card: "services", data: {
    themenfeld: "Familie & Kind", themenfelder: [],
    services: [
      { serviceId: "adoption-digital", name: "Adoption Digital", land: "Bremen" },
      { serviceId: "beistandschaft", name: "Beistandschaft", land: "Bremen" },
      { serviceId: "eheschliessung", name: "Eheschließung (Anmeldung der Eheschließung online)", land: "Bremen" },
      { serviceId: "elterngeld-digital", name: "ElterngeldDigital", land: "Bund" },
      { serviceId: "uvo-unterhaltsvorschuss", name: "UVO – Unterhaltsvorschuss Online", land: "Bremen" },
      { serviceId: "vms-vaterschaftsanerkennung", name: "VMS – Vaterschafts-/Mutterschaftsanerkennung und Sorgeerklärung", land: null } ],
    page: 1, pageCount: 1, hasPrevious: false, hasNext: false, previousPage: 0, nextPage: 2 } },
  "services-themenfeld-paging": { card: "services", data: {
    themenfeld: "Familie & Kind", themenfelder: [],
    services: [ { serviceId: "uvo-unterhaltsvorschuss", name: "UVO – Unterhaltsvorschuss Online", land: "Bremen" } ],
    page: 2, pageCount: 3, hasPrevious: true, hasNext: true, previousPage: 1, nextPage: 3 } },
  "services-last-page": { card: "services", data: {
    themenfeld: null, themenfelder: [ { name: "Unternehmensführung & -entwicklung", count: 2 } ], services: [],
    page: 2, pageCount: 2, hasPrevious: true, hasNext: false, previousPage: 1, nextPage: 3 } },
  "services-empty": { card: "services", data: {
    themenfeld: null, themenfelder: [], services: [], page: 1, pageCount: 1, hasPrevious: false, hasNext: false, previousPage: 0, nextPage: 2 } },
  "news-empty": { card: "news", data: { items: [] } },
  "delivery-report-confirm": { card: "delivery-report", data: {
    contentId: "broadcast-digest-2027-03", summary: "Best-Practice-Digest März: Wohngeld digital in Kleinstadt und Landkreis", sent: "05.03.2027 09:00",
    counts: [ { title: "Empfänger", value: "320" }, { title: "Zugestellt", value: "312" }, { title: "Ausstehend", value: "8" } ],
    failures: [], duration: null, recalled: false, notice: null,
    confirm: { mode: "Delete", text: "Wirklich zurückziehen? Zugestellte Nachrichten (312) werden gelöscht, noch nicht gesendete (8) werden nicht mehr gesendet." } } },
  "delivery-report-recalled": { card: "delivery-report", data: {
    contentId: "consult-BK-2027-0042-assigned", summary: "Ihre Beratungsanfrage BK-2027-0042 wurde angenommen", sent: "01.03.2027 14:30",
    counts: [ { title: "Empfänger", value: "1" }, { title: "Zugestellt", value: "1" } ],
    failures: [], duration: "3 Sek.", recalled: true,
    notice: "Zurückziehen veranlasst: zugestellte Nachrichten (1) werden geändert, noch nicht gesendete (0) nicht mehr gesendet.", confirm: null } },
  "consult-form-new": { card: "consult-form", data: {
    topics: ["Fachverfahren und Schnittstellen", "Sonstiges"], topic: "", organisation: "Stadt Musterstadt", region: "Bayern", description: "",
    urgency: "Normal", contact: "", consent: false, question: null, answerSeen: null,
    descriptionHint: "Mindestens 30, höchstens 2000 Zeichen.", maxDescriptionLength: 2000, privacyNoteUrl: "https://www.baykommun.bayern/datenschutz",
    hasErrors: false, topicError: null, organisationError: null, regionError: null, descriptionError: null, urgencyError: null, contactError: null, consentError: null } },
  "consult-requests-empty": { card: "consult-requests", data: { items: [], more: null, note: null } },
  "consult-details-closed": { card: "consult-details", data: {
    id: "BK-2026-0017", topic: "Kosten und Nachnutzung (EfA)", statusLabel: "gelöst", date: "02.10.2026", organisation: "Markt Beispielhausen",
    urgencyLabel: "dringend", text: "Was kostet uns die Nachnutzung von Elterngeld Digital im ersten Jahr?", question: null, assigneeName: "Bernd Berater",
    resolution: "Die Kosten trägt im ersten Jahr das Land; danach gilt der Preis des DigitalMarkts.", rating: "★★★★☆",
    history: [ { when: "02.10.2026 08:01", what: "Anfrage gestellt", who: "Erika Mustermann", detail: null },
      { when: "02.10.2026 11:45", what: "Abgeschlossen", who: "Bernd Berater", detail: "Die Kosten trägt im ersten Jahr das Land; danach gilt der Preis des DigitalMarkts." } ],
    canAddInfo: false, canWithdraw: false, canRate: false, maxInfoLength: 2000, note: null } },
};
const write = process.argv[2] === "--write";
let stale = 0;
for (const [name, v] of Object.entries(V)) {
  const template = repo.readJson(path.join(root, "cards", v.card + ".json"));
  const file = path.join(__dirname, "card-" + name + ".json");
  const text = JSON.stringify({ template, data: { ...v.data, t } }, null, 2) + "\n";
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
  if (write) {
    fs.writeFileSync(file, text);
    console.log("wrote", path.relative(root, file));
  } else {
    console.log("STALE", path.relative(root, file), "(run: node tests/Bot.Tests/Cards/Fixtures/card-variants.js --write)");
    stale++;
  }
}
process.exitCode = stale ? 1 : 0;
