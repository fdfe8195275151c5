import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * docs/glossary.md: one thing, one name, in every text a person reads: the pages, the API's answers and its
 * description (OpenAPI), the command line, and the audit's timeline and findings. Code, API paths, field names, event
 * names and stream ids keep their English names (`cycle`, `import`, `stream`), so the English rule reads past those.
 */
const REPO = join(__dirname, '..', '..', '..');

type Language = 'da' | 'en' | 'both';

/** A text a person reads: where it is, which language it is in (`both`: "dansk / English" in one line), its words. */
interface ReaderText {
  readonly where: string;
  readonly language: Language;
  readonly text: string;
}

interface Rule {
  readonly language: 'da' | 'en';
  readonly name: string;
  readonly offends: (text: string) => boolean;
}

/** Code names that stay English inside a sentence: a stream id, a command-line flag, an API path. */
const CODE_NAMES = [/\bcycle-(?=[<{\d…])/g, /--cycle\b/g, /\/api\/[\w/{}-]*/g];

const RULES: readonly Rule[] = [
  // "Cyklus" also catches "mødecyklus" and "cyklussen".
  { language: 'da', name: 'cyklus (møderunde)', offends: (text) => /cyklus/i.test(text) },
  { language: 'da', name: 'importér (indlæs)', offends: (text) => /importér|importere/i.test(text) },
  { language: 'da', name: 'strøm (forløb)', offends: (text) => /\bstrøm/i.test(text) },
  {
    language: 'da',
    name: 'hash-kæde alone (kontrolkæden (hash-kæden))',
    offends: (text) => /hash-kæde/i.test(text.replace(/kontrolkæde\w* \(hash-kæde\w*\)/gi, '')),
  },
  {
    language: 'da',
    name: 'JSON Lines alone (en tekstfil med én hændelse pr. linje (JSON Lines))',
    offends: (text) => /JSON Lines/.test(text) && !/én hændelse pr\. linje \(JSON Lines/.test(text),
  },
  {
    language: 'en',
    name: 'cycle (meeting round)',
    offends: (text) => /\bcycles?\b/i.test(CODE_NAMES.reduce((rest, name) => rest.replace(name, ''), text)),
  },
];

/**
 * Texts a rule may pass over, each with its reason. Match on the file and a part of the text, so a new text in the
 * same file is still checked.
 */
const EXCEPTIONS: readonly { readonly file: string; readonly text: string; readonly reason: string }[] = [];

/** Every `.ts` file below `folder`, tests left out. */
function sources(folder: string): string[] {
  return readdirSync(join(REPO, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => join(folder, name));
}

/** The language a text is written in, from the `da:` or `en:` half it belongs to. */
function languageOf(node: ts.Node): Language {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isPropertyAssignment(at) && ts.isIdentifier(at.name) && ['da', 'en'].includes(at.name.text)) {
      return at.name.text as Language;
    }
  }
  return 'both';
}

/**
 * The texts of a source file: every string inside a `da:` or `en:` half, and every other string with a space in it
 * (a message in both languages, "dansk / English"); a template's values read as "…". Names, keys and ids have no space.
 */
function textsOfSource(file: string): ReaderText[] {
  const source = ts.createSourceFile(file, readFileSync(join(REPO, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: ReaderText[] = [];
  const take = (node: ts.Node, text: string): void => {
    const language = languageOf(node);
    if (language === 'both' && !/\s/.test(text)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ where: `${file}:${line}`, language, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) take(node, node.text);
    if (ts.isTemplateExpression(node)) {
      take(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The API's description as the client and docs/api.md get it: every summary, description and title. */
function textsOfApiDescription(): ReaderText[] {
  const file = 'libs/api-client/openapi.json';
  const found: ReaderText[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && ['summary', 'description', 'title'].includes(key)) {
        found.push({ where: `${file} ${path}.${key}`, language: 'both', text: inner });
      } else {
        visit(inner, `${path}.${key}`);
      }
    }
  };
  visit(JSON.parse(readFileSync(join(REPO, file), 'utf8')), '');
  return found;
}

const CATALOGUE = [
  ...readdirSync(join(__dirname, 'texts'))
    .filter((name) => name.endsWith('.texts.ts'))
    .map((name) => join('libs/messages/src/texts', name)),
  'libs/messages/src/domain-errors.texts.ts',
];

const READERS = {
  'the message catalogue (pages, API answers, audit findings)': () => CATALOGUE.flatMap(textsOfSource),
  'the API description': textsOfApiDescription,
  'the command line': () => sources('apps/cli/src').flatMap(textsOfSource),
  'the audit (timeline, progress, export)': () => sources('libs/audit/src').flatMap(textsOfSource),
};

function offences(texts: readonly ReaderText[]): string[] {
  return texts
    .filter(
      ({ where, text }) => !EXCEPTIONS.some((allowed) => where.startsWith(allowed.file) && text.includes(allowed.text)),
    )
    .flatMap(({ where, language, text }) =>
      RULES.filter((rule) => language === 'both' || language === rule.language)
        .filter((rule) => rule.offends(text))
        .map((rule) => `${where}: ${rule.name}: ${text}`),
    );
}

describe('one vocabulary', () => {
  it.each(Object.entries(READERS))('finds the texts of %s', (_name, read) => {
    const texts = read();
    expect(texts.filter(({ language }) => language !== 'en').length).toBeGreaterThan(10);
    expect(texts.filter(({ language }) => language !== 'da').length).toBeGreaterThan(10);
  });

  it('finds the Danish texts of the pages', () => {
    const pages = CATALOGUE.filter((file) => /\/web-[^/]*$/.test(file)).flatMap(textsOfSource);
    expect(pages.filter(({ language }) => language === 'da').length).toBeGreaterThan(300);
  });

  it.each(Object.entries(READERS))('uses no word the glossary forbids in %s', (_name, read) => {
    expect(offences(read())).toEqual([]);
  });

  describe('the rules', () => {
    const offended = (language: Language, text: string): string[] =>
      offences([{ where: 'example.ts:1', language, text }]).map((found) => found.split(': ')[1]!);

    it('refuses the words the glossary never uses', () => {
      expect(offended('da', 'Luk cyklussen')).toEqual(['cyklus (møderunde)']);
      expect(offended('da', 'Importér organisationen')).toEqual(['importér (indlæs)']);
      expect(offended('da', '3 hændelser i 2 strømme')).toEqual(['strøm (forløb)']);
      expect(offended('da', 'Efterregner hash-kæden')).toEqual(['hash-kæde alone (kontrolkæden (hash-kæden))']);
      expect(offended('da', 'som JSON Lines')).toEqual([
        'JSON Lines alone (en tekstfil med én hændelse pr. linje (JSON Lines))',
      ]);
      expect(offended('en', 'Close the cycle')).toEqual(['cycle (meeting round)']);
      expect(offended('both', 'Ukendt møderunde / Unknown cycle: …')).toEqual(['cycle (meeting round)']);
    });

    it('lets the technical term stand beside the plain word, and code names stay as they are', () => {
      expect(offended('da', 'Efterregner kontrolkæden (hash-kæden)')).toEqual([]);
      expect(offended('da', 'som en tekstfil med én hændelse pr. linje (JSON Lines)')).toEqual([]);
      expect(offended('en', 'The events as JSON Lines, with their hashes, in the stream')).toEqual([]);
      expect(offended('both', 'Ét forløb / One stream: organisation eller/or cycle-<id>')).toEqual([]);
      expect(offended('both', 'release --cycle <id> --person <id>; see /api/cycles/{id}/events')).toEqual([]);
    });

    it('reads the English word only in English, and the Danish words only in Danish', () => {
      expect(offended('da', 'Cycle')).toEqual([]);
      expect(offended('en', 'cyklus')).toEqual([]);
    });
  });
});
