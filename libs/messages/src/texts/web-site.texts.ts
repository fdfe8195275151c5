import type { Texts } from '../wording';

export const WEB_SITE_TEXTS = {
  // The accessibility statement
  'web.site.accessibility.title': { da: 'Tilgængelighedserklæring', en: 'Accessibility statement' },
  'web.site.accessibility.scope': {
    da: 'Kommunen ønsker, at alle kan bruge ledelsesrum. Erklæringen gælder hele webgrænsefladen: siderne til chefgruppen, facilitatorer, ledere og revisorer, login og den personlige bekræftelsesside.',
    en: 'The municipality wants everyone to be able to use ledelsesrum. This statement covers the whole web interface: the pages for chefgruppen, facilitators, leaders and auditors, sign-in and the personal confirmation page.',
  },
  'web.site.accessibility.compliance.heading': { da: 'Overensstemmelse', en: 'Compliance status' },
  'web.site.accessibility.compliance.before': { da: 'Ledelsesrum er', en: 'Ledelsesrum is' },
  'web.site.accessibility.compliance.status': { da: 'delvist i overensstemmelse', en: 'partially compliant' },
  'web.site.accessibility.compliance.after': {
    da: 'med standarden WCAG 2.1 niveau AA (EN 301 549), som loven kræver. "Delvist", fordi overensstemmelsen er afprøvet som beskrevet nedenfor, men ikke ved en fuld manuel gennemgang.',
    en: 'with WCAG 2.1 level AA (EN 301 549), as Danish law requires. "Partially", because compliance was tested as described below, not by a full manual audit.',
  },
  'web.site.accessibility.testing.heading': { da: 'Sådan er det afprøvet', en: 'How it was tested' },
  'web.site.accessibility.testing.axe': {
    da: 'Hver side, med og uden fejl i formularerne, kontrolleres automatisk med axe-core (reglerne for WCAG 2.0 og 2.1, niveau A og AA) i Chromium ved hver ændring af systemet. En side med blot én overtrædelse stopper ændringen.',
    en: 'Every page, with and without form errors, is checked automatically with axe-core (the WCAG 2.0 and 2.1 rules, levels A and AA) in Chromium on every change to the system. A single violation on any page stops the change.',
  },
  'web.site.accessibility.testing.round': {
    da: 'Afprøvningen kører et helt mødeforløb igennem i browseren som alle fire slags brugere, på en computerskærm og på en telefonskærm.',
    en: 'The tests run a whole meeting round in the browser as all four kinds of user, on a desktop and on a phone screen.',
  },
  'web.site.accessibility.testing.no-scripts': {
    da: 'Siderne bruger ingen scripts: alt virker med tastatur og hjælpemidler som almindelige links og formularer. Formularfejl vises ved feltet og samlet øverst med links til felterne.',
    en: 'The pages use no scripts: everything works with the keyboard and assistive technology as plain links and forms. Form errors are shown at the field and listed at the top with links to the fields.',
  },
  'web.site.accessibility.testing.contrast': {
    da: 'Farverne er valgt med en kontrast på mindst 4,5:1 for tekst.',
    en: 'Colours have a contrast of at least 4.5:1 for text.',
  },
  'web.site.accessibility.limitations.heading': { da: 'Kendte begrænsninger', en: 'Known limitations' },
  'web.site.accessibility.limitations.charts': {
    da: 'Søjlediagrammer over videreformidlingen er billeder; de samme tal står altid som tekst ved siden af.',
    en: 'Bar charts of the cascade are images; the same figures are always given as text beside them.',
  },
  'web.site.accessibility.limitations.screen-readers': {
    da: 'Der er ikke lavet en manuel test med skærmlæsere (fx JAWS, NVDA, VoiceOver) endnu.',
    en: 'No manual test with screen readers (e.g. JAWS, NVDA, VoiceOver) has been done yet.',
  },
  'web.site.accessibility.contact.heading': { da: 'Feedback og kontakt', en: 'Feedback and contact' },
  'web.site.accessibility.contact.text': {
    da: 'Oplever du problemer med tilgængeligheden, så kontakt',
    en: 'If you meet an accessibility problem, contact',
  },
  'web.site.accessibility.contact.fallback': {
    da: 'den it-afdeling, der driver systemet',
    en: 'the IT department that runs the system',
  },
  'web.site.accessibility.enforcement.heading': { da: 'Håndhævelse', en: 'Enforcement' },
  'web.site.accessibility.enforcement.text': {
    da: 'Digitaliseringsstyrelsen fører tilsyn med tilgængeligheden af offentlige organers websteder og kan modtage klager, hvis du ikke får et tilfredsstillende svar fra os.',
    en: "The Danish Agency for Digital Government (Digitaliseringsstyrelsen) supervises the accessibility of public bodies' websites and takes complaints if you do not get a satisfactory answer from us.",
  },
  'web.site.accessibility.prepared': {
    da: 'Erklæringen er udarbejdet den 27. november 2026 ud fra den automatiske afprøvning beskrevet ovenfor.',
    en: 'This statement was prepared on 27 November 2026 from the automated testing described above.',
  },
} as const satisfies Texts;
