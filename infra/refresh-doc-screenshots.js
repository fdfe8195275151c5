#!/usr/bin/env node
// `npm run docs:screenshots`: copies the pictures the docs show from the screenshots the browser tests saved in
// `test-artifacts/screenshots/` (run `npm test`, or the browser specs named below, first). The docs never hold a
// picture made by hand, so they show the pages as the tests saw them.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'test-artifacts', 'screenshots');
const target = path.join(root, 'docs', 'screenshots');

/** The docs' picture ← the browser test's screenshot, and the spec that saves it. */
const PICTURES = [
  ['cyklus.png', 'a11y-chefgruppen-chefgruppen-fritaget-desktop-da.png', 'accessibility'],
  ['cyklusser.png', 'a11y-chefgruppen-chefgruppen-desktop-da.png', 'accessibility'],
  ['start-cyklus.png', 'a11y-chefgruppen-chefgruppen-ny-desktop-da.png', 'accessibility'],
  ['dagsorden.png', 'a11y-chefgruppen-chefgruppen-dagsorden-desktop-da.png', 'accessibility'],
  ['facilitator-moede.png', 'a11y-facilitator-facilitator-moede-desktop-da.png', 'accessibility'],
  ['leder-telefon.png', 'a11y-leader-leder-bekraeft-telefon-da.png', 'accessibility'],
  ['organisation.png', 'a11y-chefgruppen-organisation-desktop-da.png', 'accessibility'],
  ['personligt-link.png', 'a11y-nobody-personligt-link-desktop-da.png', 'accessibility'],
  ['revision-tidslinje.png', 'revision-tidslinje-rettelser.png', 'corrections-cascade'],
  ['revision-kontrol.png', 'a11y-auditor-revision-kontrol-desktop-da.png', 'accessibility'],
  ['forhaandsvisning-forberedelse.png', 'spoerg-foerst-forberedelse.png', 'ask-first'],
  ['forhaandsvisning-opsamling.png', 'spoerg-foerst-opsamling.png', 'ask-first'],
  ['luk-bekraeft.png', 'spoerg-foerst-luk.png', 'ask-first'],
  ['moederunde-hvad-der-kom-ud.png', 'chefgruppen-cyklus-hvad-der-kom-ud.png', 'cycle-shows-what-matters'],
  ['rettelse-referat.png', 'rettelse-referat.png', 'corrections-meetings'],
  ['rettelse-dagsorden.png', 'rettelse-dagsorden.png', 'corrections-meetings'],
  ['aflys-moederunde.png', 'aflys-moederunde.png', 'corrections-meetings'],
  ['plausibel-moede-i-fremtiden.png', 'plausibel-moede-i-fremtiden.png', 'plausible-input'],
  ['leder-frist.png', 'leder-runde-frist.png', 'cycle-shows-what-matters'],
  ['personligt-link-opsamling.png', 'bekraeft-link-opsamling.png', 'cycle-shows-what-matters'],
  ['revision-navne.png', 'revision-navne.png', 'cycle-shows-what-matters'],
  ['organisation-forhaandsvisning.png', 'organisation-indlaes-forhaandsvisning.png', 'organisation-interface'],
  ['organisation-personer.png', 'organisation-personer.png', 'organisation-interface'],
  ['organisation-ny-person-fejl.png', 'organisation-ny-person-fejl.png', 'organisation-interface'],
  ['opsamling-udskriv.png', 'opsamling-udskriv.png', 'print'],
  ['tilgaengelighed.png', 'a11y-nobody-tilgaengelighed-desktop-da.png', 'accessibility'],
  ['medarbejder-side.png', 'medarbejder-side.png', 'staff-pages'],
  ['medarbejder-udskrift.png', 'medarbejder-udskrift.png', 'staff-pages'],
  ['arbejdsplads-side.png', 'arbejdsplads-side.png', 'reach'],
  ['rakkevidde-heatmap.png', 'rakkevidde-heatmap.png', 'reach'],
];

const missing = PICTURES.filter(([, from]) => !fs.existsSync(path.join(source, from)));
if (missing.length > 0) {
  const specs = [...new Set(missing.map(([, , spec]) => `test/browser/${spec}.e2e.spec.ts`))];
  console.error(
    'Disse skærmbilleder mangler / These screenshots are missing:\n' +
      missing.map(([, from]) => `  test-artifacts/screenshots/${from}`).join('\n') +
      `\nKør først / Run first: npm run build && npx jest ${specs.join(' ')}`,
  );
  process.exit(1);
}
fs.mkdirSync(target, { recursive: true });
for (const [to, from] of PICTURES) fs.copyFileSync(path.join(source, from), path.join(target, to));
console.log(`${PICTURES.length} billeder kopieret til / pictures copied to docs/screenshots`);
