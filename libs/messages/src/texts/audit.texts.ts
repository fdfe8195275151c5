import type { Bilingual } from '../bilingual';

/**
 * What the hash-chain check found, keyed by the audit's finding ids (`ChainFindingId` in `libs/audit`). Where the API
 * has always named a value only in one half, the halves stay as they were.
 */
export const AUDIT_TEXTS = {
  'audit.chain.positions-go-backwards': (p: { last: number; found: number }) => ({
    da: 'Positionerne går baglæns',
    en: `Positions go backwards (${p.last}, ${p.found})`,
  }),
  'audit.chain.position-missing': (p: { missing: string }) => ({
    da: `Position ${p.missing} mangler`,
    en: 'is missing',
  }),
  'audit.chain.content-changed': {
    da: 'Indholdet passer ikke til hændelsens hash',
    en: 'The content does not match the event’s hash',
  },
  'audit.chain.hashed-as-other-revision': (p: { stored: number; hashed: number }) => ({
    da: `Gemt som revision ${p.stored}, hashet som revision ${p.hashed}`,
    en: `Stored as revision ${p.stored}, hashed as revision ${p.hashed}`,
  }),
  'audit.chain.revision-missing': (p: { revision: number }) => ({
    da: `Revision ${p.revision} mangler, og kontrolkæden er genberegnet efter den`,
    en: `Revision ${p.revision} is missing and the chain was recomputed after it`,
  }),
  'audit.chain.revision-exists': (p: { revision: number }) => ({
    da: `Revision ${p.revision} findes allerede i forløbet`,
    en: `Revision ${p.revision} already occurs in the stream`,
  }),
  'audit.chain.row-displaces-event': (p: { slot: number }) => ({
    da: `Rækken hører ikke til kontrolkæden; hændelsen fra position ${p.slot} står nu på ${p.slot + 1}`,
    en: `The row is not part of the chain; the event from position ${p.slot} now stands at ${p.slot + 1}`,
  }),
  'audit.chain.event-belongs-elsewhere': (p: {
    position: number;
    streamId: string;
    revision: number;
    slot: number;
  }) => {
    const where = `${p.position} (${p.streamId}, revision ${p.revision})`;
    return {
      da: `Hændelsen på position ${where} hører til position ${p.slot}`,
      en: `The event at position ${where} belongs at ${p.slot}`,
    };
  },
  'audit.chain.hash-replaced': {
    da: 'Hændelsens hash er skiftet ud; dens hash i kontrolkæden er den oprindelige',
    en: 'The event’s hash was replaced; its chain hash is the original',
  },
  'audit.chain.event-deleted-and-moved-up': (p: { before: number }) => ({
    da: `En hændelse før position ${p.before} er slettet og de følgende rykket én frem`,
    en: `An event before position ${p.before} was deleted and the ones after it moved up`,
  }),
  'audit.chain.row-not-in-chain': { da: 'Rækken hører ikke til kontrolkæden', en: 'The row is not part of the chain' },
  'audit.chain.head-hash-different': (p: { position: number }) => ({
    da: `Hændelsen på position ${p.position} har en anden hash i kontrolkæden: kontrolkæden før den er genberegnet`,
    en: `The event at position ${p.position} has another chain hash: the chain before it was recomputed`,
  }),
  'audit.chain.head-missing': (p: { position: number }) => ({
    da: `Der er ingen hændelse på position ${p.position}`,
    en: `There is no event at position ${p.position}`,
  }),
  'audit.chain.broken-before-head': (p: { position: number; head: number }) => ({
    da: `Kontrolkæden er brudt på position ${p.position}, før hovedet på ${p.head}`,
    en: `The chain is broken at position ${p.position}, before the head at ${p.head}`,
  }),
} as const;

type AuditTexts = typeof AUDIT_TEXTS;
type IdOf<Key> = Key extends `audit.chain.${infer Id}` ? Id : never;
type FindingId = IdOf<keyof AuditTexts>;
type Entry<Id extends FindingId> = AuditTexts[`audit.chain.${Id}` & keyof AuditTexts];

/**
 * A finding of the hash-chain check as the catalogue words it: an id and its values. `libs/audit`'s `ChainFinding`
 * must be assignable to it, so the compiler refuses a finding without words or with other values.
 */
export type WordedChainFinding = {
  readonly [Id in FindingId]: {
    readonly id: Id;
    readonly params: Entry<Id> extends (params: infer P) => Bilingual ? P : Readonly<Record<string, never>>;
  };
}[FindingId];

/** What the hash-chain check found, in words. */
export function chainFindingText(finding: WordedChainFinding): Bilingual {
  const wording = AUDIT_TEXTS[`audit.chain.${finding.id}`] as Bilingual | ((params: unknown) => Bilingual);
  return typeof wording === 'function' ? wording(finding.params) : wording;
}
