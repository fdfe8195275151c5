import { toHistoryEntry } from '@ledelsesrum/projections';
import type { Block, PrintDocument } from './print-document';
import { recordDocument } from './record-document';
import { summaryDocument } from './summary-document';
import { FINISHED_ROUND, recordedRound, roundFile } from './testing/finished-round';

const events = recordedRound();
const file = roundFile(events.map(toHistoryEntry), events);

/** A block as one line of text, so that a test can look for what a reader would see. */
function lines(document: PrintDocument): string[] {
  const line = (block: Block): string[] => {
    if (block.kind === 'heading') return [`H${block.level} ${block.text}`];
    if (block.kind === 'paragraph') return [block.spans.map((span) => span.text).join('')];
    return block.items.map((item) => `• ${item.map((span) => span.text).join('')}`);
  };
  return document.blocks.flatMap(line);
}

describe('the summary as a document', () => {
  it('has the theme, the meeting date, chefgruppen’s summary with its list, and each group’s key points', () => {
    const document = summaryDocument(file, 'da');
    expect(document.title).toBe('Opsamling: Ledelse af psykisk arbejdsmiljø');
    expect(lines(document)).toEqual([
      'H1 Opsamling: Ledelse af psykisk arbejdsmiljø',
      'Mødedato: 11. marts 2027',
      'Offentliggjort: 15. marts 2027 kl. 13.00',
      'H2 Chefgruppens opsamling',
      'Grupperne talte om trivsel og om at sige fra i tide.',
      'H3 Det tager vi med',
      '• Tal om arbejdsmængden på hvert personalemøde',
      '• Brug trivselsmålingen aktivt',
      'Læs mere i vejledningen.',
      'H2 Gruppernes møder',
      'H3 Gruppe Nord',
      'Nøglepointer',
      '• Gruppe 1: arbejdsmængden fylder',
      '• Åbenhed om stress hjælper',
      'Input til chefgruppen',
      '• Fælles retningslinjer for mails efter kl. 17',
      'H3 Gruppe Syd',
      'Nøglepointer',
      '• Gruppe 2: arbejdsmængden fylder',
      '• Åbenhed om stress hjælper',
      'Input til chefgruppen: ingen',
    ]);
  });

  it('is in English for an English reader, with dates written the English way', () => {
    const document = summaryDocument(file, 'en');
    expect(document.language).toBe('en');
    expect(lines(document).slice(0, 3)).toEqual([
      'H1 Summary: Ledelse af psykisk arbejdsmiljø',
      'Meeting date: 11 March 2027',
      'Published: 15 March 2027 at 13:00',
    ]);
  });
});

describe('a meeting round’s record as a document', () => {
  const text = lines(recordDocument(file, 'da'));

  it('tells the launch, the agenda and to how many the prep went', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        'H1 Forløb for møderunden: Ledelse af psykisk arbejdsmiljø',
        'Startet: 10. januar 2027 kl. 10.00 af Charlotte Chef',
        '• Hvad ser vi hos os?: Erfaringer fra egne enheder',
        '• Artikel om psykisk arbejdsmiljø (https://example.org/artikel)',
        'Sendt 25. februar 2027 kl. 09.00 til 6 ledere.',
      ]),
    );
  });

  it('gives each group’s meeting with its facilitator, who attended out of how many, and its key points', () => {
    const north = text.indexOf('H3 Gruppe Nord');
    expect(text.slice(north, north + 5)).toEqual([
      'H3 Gruppe Nord',
      'Facilitator: Frida Facilitator',
      'Holdt og registreret: 11. marts 2027 kl. 09.00 af Frida Facilitator',
      'Til stede (2 af 3): Frida Facilitator, Anne Ærø',
      'Nøglepointer',
    ]);
    expect(text).toContain('Til stede (3 af 3): Finn Facilitator, Cecilie Åberg, Dan Dalby');
  });

  it('gives each leader’s confirmation, release or exception, and how the round was closed', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        '• Anne Ærø: givet videre 18. marts 2027 via Personalemøde (bekræftet 18. marts 2027 kl. 15.30)',
        '• Bo Østergård: fritaget 20. marts 2027 kl. 10.00',
        '• Cecilie Åberg: undtaget, da møderunden blev lukket',
        'Lukket 1. april 2027 kl. 11.00 af Charlotte Chef med 4 undtagelser. Begrundelse: Fristen er overskredet',
      ]),
    );
  });

  it('ends with the history, to the second, as the auditor’s timeline words it', () => {
    const history = text.slice(text.indexOf('H2 Historikken') + 2);
    expect(history[0]).toMatch(/^• 10\. januar 2027 kl\. 10\.00\.00: /);
    expect(history).toHaveLength(FINISHED_ROUND.length);
    expect(history.at(-1)).toMatch(/^• 1\. april 2027 kl\. 11\.00\.01: /);
  });
});
