/**
 * What the check found at a broken link or a head that no longer holds, as an id and the values it names. The words
 * for each id live in the message catalogue (`audit.chain.<id>`), which mirrors these ids and values.
 */
export interface ChainFindingParams {
  readonly 'positions-go-backwards': { readonly last: number; readonly found: number };
  /** `missing` is one position or a range `a–b`. */
  readonly 'position-missing': { readonly missing: string };
  readonly 'content-changed': Readonly<Record<string, never>>;
  readonly 'hashed-as-other-revision': { readonly stored: number; readonly hashed: number };
  readonly 'revision-missing': { readonly revision: number };
  readonly 'revision-exists': { readonly revision: number };
  readonly 'row-displaces-event': { readonly slot: number };
  readonly 'event-belongs-elsewhere': {
    readonly position: number;
    readonly streamId: string;
    readonly revision: number;
    readonly slot: number;
  };
  readonly 'hash-replaced': Readonly<Record<string, never>>;
  readonly 'event-deleted-and-moved-up': { readonly before: number };
  readonly 'row-not-in-chain': Readonly<Record<string, never>>;
  readonly 'head-hash-different': { readonly position: number };
  readonly 'head-missing': { readonly position: number };
  readonly 'broken-before-head': { readonly position: number; readonly head: number };
}

export type ChainFindingId = keyof ChainFindingParams;

export type ChainFinding = {
  readonly [Id in ChainFindingId]: { readonly id: Id; readonly params: ChainFindingParams[Id] };
}[ChainFindingId];

/** A finding from its id and values. */
export function finding<Id extends ChainFindingId>(id: Id, params: ChainFindingParams[Id]): ChainFinding {
  return { id, params } as ChainFinding;
}
