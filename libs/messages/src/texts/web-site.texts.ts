import type { Texts } from '../wording';

export const WEB_SITE_TEXTS = {
  // The accessibility statement
  'web.site.accessibility.title': { da: 'Tilgængelighedserklæring', en: 'Accessibility statement' },
  'web.site.accessibility.scope': (p: { site: string }) => ({
    da: `Kommunen forpligter sig til at gøre webstedet ledelsesrum (${p.site}) tilgængeligt, jf. lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Erklæringen gælder hele webstedet: siderne til chefgruppen, facilitatorer, ledere og revisorer, login og den personlige bekræftelsesside.`,
    en: `The municipality is committed to making the website ledelsesrum (${p.site}) accessible, in accordance with the Danish act on the accessibility of public sector bodies' websites and mobile applications. This statement covers the whole website: the pages for chefgruppen, facilitators, leaders and auditors, sign-in and the personal confirmation page.`,
  }),
  'web.site.accessibility.compliance.heading': { da: 'Overholdelsesstatus', en: 'Compliance status' },
  'web.site.accessibility.compliance.before': { da: 'Webstedet overholder', en: 'The website is' },
  'web.site.accessibility.compliance.status': { da: 'delvist', en: 'partially compliant' },
  'web.site.accessibility.compliance.after': {
    da: 'standarden WCAG 2.1 niveau AA (EN 301 549), som loven kræver. "Delvist", fordi overholdelsen er afprøvet som beskrevet nedenfor, men ikke ved en fuld manuel gennemgang.',
    en: 'with WCAG 2.1 level AA (EN 301 549), as Danish law requires. "Partially", because compliance was tested as described below, not by a full manual audit.',
  },
  'web.site.accessibility.limitations.heading': { da: 'Ikke-tilgængeligt indhold', en: 'Non-accessible content' },
  'web.site.accessibility.limitations.charts': {
    da: 'Søjlediagrammer over videreformidlingen er billeder; de samme tal står altid som tekst ved siden af.',
    en: 'Bar charts of the cascade are images; the same figures are always given as text beside them.',
  },
  'web.site.accessibility.limitations.screen-readers': {
    da: 'Der er ikke lavet en manuel test med skærmlæsere (fx JAWS, NVDA, VoiceOver) endnu.',
    en: 'No manual test with screen readers (e.g. JAWS, NVDA, VoiceOver) has been done yet.',
  },
  'web.site.accessibility.testing.heading': {
    da: 'Udarbejdelse af denne tilgængelighedserklæring',
    en: 'Preparation of this accessibility statement',
  },
  'web.site.accessibility.prepared': {
    da: 'Erklæringen er udarbejdet den 8. december 2026. Kommunen har selv evalueret webstedet, med disse automatiske afprøvninger:',
    en: 'This statement was prepared on 8 December 2026. The municipality evaluated the website itself, with these automated tests:',
  },
  'web.site.accessibility.testing.axe': {
    da: 'Hver side for hver rolle, med og uden fejl i formularerne, på dansk og engelsk, på en computerskærm og en telefonskærm, kontrolleres i Chromium med to uafhængige værktøjer: axe-core (reglerne for WCAG 2.0 og 2.1, niveau A og AA) og HTML_CodeSniffer (WCAG 2 AA). En side med blot én fejl stopper ændringen.',
    en: 'Every page for every role, with and without form errors, in Danish and English, on a desktop and a phone screen, is checked in Chromium with two independent tools: axe-core (the WCAG 2.0 and 2.1 rules, levels A and AA) and HTML_CodeSniffer (WCAG 2 AA). A single error on any page stops the change.',
  },
  'web.site.accessibility.testing.round': {
    da: 'Afprøvningen kører en hel møderunde igennem i browseren som alle fire slags brugere.',
    en: 'The tests run a whole meeting round in the browser as all four kinds of user.',
  },
  'web.site.accessibility.testing.reflow': {
    da: 'Siderne kan læses i en bredde på 320 pixel uden at rulle sidelæns.',
    en: 'The pages can be read at a width of 320 pixels without scrolling sideways.',
  },
  'web.site.accessibility.testing.no-scripts': {
    da: 'Siderne bruger ingen scripts: alt virker med tastatur og hjælpemidler som almindelige links og formularer. Formularfejl vises ved feltet og samlet øverst med links til felterne.',
    en: 'The pages use no scripts: everything works with the keyboard and assistive technology as plain links and forms. Form errors are shown at the field and listed at the top with links to the fields.',
  },
  'web.site.accessibility.testing.design-system': {
    da: 'Siderne bygger på Det Fælles Designsystem, hvis farver har en kontrast på mindst 4,5:1 for tekst.',
    en: "The pages are built on the Danish public sector's shared design system (Det Fælles Designsystem), whose colours have a contrast of at least 4.5:1 for text.",
  },
  'web.site.accessibility.contact.heading': {
    da: 'Feedback og kontaktoplysninger',
    en: 'Feedback and contact information',
  },
  'web.site.accessibility.contact.text': {
    da: 'Oplever du indhold, der ikke er tilgængeligt, eller vil du have oplysninger om indhold, der er undtaget, så kontakt',
    en: 'If you meet content that is not accessible, or want information about content that is exempted, contact',
  },
  'web.site.accessibility.contact.fallback': {
    da: 'den it-afdeling, der driver systemet',
    en: 'the IT department that runs the system',
  },
  'web.site.accessibility.contact.email': { da: 'E-mail', en: 'E-mail' },
  'web.site.accessibility.contact.phone': { da: 'Telefon', en: 'Telephone' },
  'web.site.accessibility.enforcement.heading': { da: 'Håndhævelsesprocedure', en: 'Enforcement procedure' },
  'web.site.accessibility.enforcement.text': {
    da: 'Digitaliseringsstyrelsen fører tilsyn med tilgængeligheden af offentlige organers websteder. Får du ikke et tilfredsstillende svar fra os inden for 10 arbejdsdage, kan du rette henvendelse til Digitaliseringsstyrelsen.',
    en: "The Danish Agency for Digital Government (Digitaliseringsstyrelsen) supervises the accessibility of public bodies' websites. If you do not get a satisfactory answer from us within 10 working days, you can contact the agency.",
  },
  'web.site.accessibility.enforcement.link': {
    da: 'Klag til Digitaliseringsstyrelsen over ikke-tilgængeligt indhold',
    en: 'Complain to the Danish Agency for Digital Government about non-accessible content',
  },
} as const satisfies Texts;
