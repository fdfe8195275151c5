import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';

/**
 * The accessibility statement Danish public bodies must publish for a web application (lov om tilgængelighed af
 * offentlige organers websteder og mobilapplikationer). It states what was actually tested, no more.
 */
export function accessibilityStatementPage(context: PageContext, contact: string | undefined): Html {
  const { language } = context;
  const da = language === 'da';
  const reach = contact
    ? html`<a href="mailto:${contact}">${contact}</a>`
    : html`${da ? 'den it-afdeling, der driver systemet' : 'the IT department that runs the system'}`;
  return layout(context, {
    title: { da: 'Tilgængelighedserklæring', en: 'Accessibility statement' },
    body: da
      ? html`<p>
            Kommunen ønsker, at alle kan bruge ledelsesrum. Erklæringen gælder hele webgrænsefladen: siderne til
            chefgruppen, facilitatorer, ledere og revisorer, login og den personlige bekræftelsesside.
          </p>
          <h2>Overensstemmelse</h2>
          <p>
            Ledelsesrum er <strong>delvist i overensstemmelse</strong> med standarden WCAG 2.1 niveau AA (EN 301 549),
            som loven kræver. "Delvist", fordi overensstemmelsen er afprøvet som beskrevet nedenfor, men ikke ved en
            fuld manuel gennemgang.
          </p>
          <h2>Sådan er det afprøvet</h2>
          <ul>
            <li>
              Hver side, med og uden fejl i formularerne, kontrolleres automatisk med axe-core (reglerne for WCAG 2.0 og
              2.1, niveau A og AA) i Chromium ved hver ændring af systemet. En side med blot én overtrædelse stopper
              ændringen.
            </li>
            <li>
              Afprøvningen kører et helt mødeforløb igennem i browseren som alle fire slags brugere, på en computerskærm
              og på en telefonskærm.
            </li>
            <li>
              Siderne bruger ingen scripts: alt virker med tastatur og hjælpemidler som almindelige links og formularer.
              Formularfejl vises ved feltet og samlet øverst med links til felterne.
            </li>
            <li>Farverne er valgt med en kontrast på mindst 4,5:1 for tekst.</li>
          </ul>
          <h2>Kendte begrænsninger</h2>
          <ul>
            <li>
              Søjlediagrammer over videreformidlingen er billeder; de samme tal står altid som tekst ved siden af.
            </li>
            <li>Der er ikke lavet en manuel test med skærmlæsere (fx JAWS, NVDA, VoiceOver) endnu.</li>
          </ul>
          <h2>Feedback og kontakt</h2>
          <p>Oplever du problemer med tilgængeligheden, så kontakt ${reach}.</p>
          <h2>Håndhævelse</h2>
          <p>
            Digitaliseringsstyrelsen fører tilsyn med tilgængeligheden af offentlige organers websteder og kan modtage
            klager, hvis du ikke får et tilfredsstillende svar fra os.
          </p>
          <p class="muted">
            Erklæringen er udarbejdet den 27. november 2026 ud fra den automatiske afprøvning beskrevet ovenfor.
          </p>`
      : html`<p>
            The municipality wants everyone to be able to use ledelsesrum. This statement covers the whole web
            interface: the pages for chefgruppen, facilitators, leaders and auditors, sign-in and the personal
            confirmation page.
          </p>
          <h2>Compliance status</h2>
          <p>
            Ledelsesrum is <strong>partially compliant</strong> with WCAG 2.1 level AA (EN 301 549), as Danish law
            requires. "Partially", because compliance was tested as described below, not by a full manual audit.
          </p>
          <h2>How it was tested</h2>
          <ul>
            <li>
              Every page, with and without form errors, is checked automatically with axe-core (the WCAG 2.0 and 2.1
              rules, levels A and AA) in Chromium on every change to the system. A single violation on any page stops
              the change.
            </li>
            <li>
              The tests run a whole meeting round in the browser as all four kinds of user, on a desktop and on a phone
              screen.
            </li>
            <li>
              The pages use no scripts: everything works with the keyboard and assistive technology as plain links and
              forms. Form errors are shown at the field and listed at the top with links to the fields.
            </li>
            <li>Colours have a contrast of at least 4.5:1 for text.</li>
          </ul>
          <h2>Known limitations</h2>
          <ul>
            <li>Bar charts of the cascade are images; the same figures are always given as text beside them.</li>
            <li>No manual test with screen readers (e.g. JAWS, NVDA, VoiceOver) has been done yet.</li>
          </ul>
          <h2>Feedback and contact</h2>
          <p>If you meet an accessibility problem, contact ${reach}.</p>
          <h2>Enforcement</h2>
          <p>
            The Danish Agency for Digital Government (Digitaliseringsstyrelsen) supervises the accessibility of public
            bodies' websites and takes complaints if you do not get a satisfactory answer from us.
          </p>
          <p class="muted">
            This statement was prepared on 27 November 2026 from the automated testing described above.
          </p>`,
  });
}
