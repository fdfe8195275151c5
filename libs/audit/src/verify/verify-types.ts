import type { RecordedEvent } from '@ledelsesrum/event-store';
import type { ChainFinding } from './chain-finding';

/** The end of the global chain at one moment: keep it outside the system to prove later that nothing before it changed. */
export interface ChainHead {
  readonly position: number;
  readonly chainHash: string;
  readonly recordedAt: string;
}

/**
 * How a break shows. `changed`: an event's content no longer matches its hash. `deleted`: an event is missing (a gap
 * in the positions or in a stream's revisions). `inserted`: a row that is not part of the chain. `reordered`: events
 * stand at other positions or revisions than the ones they were hashed at.
 */
export type ChainBreakKind = 'changed' | 'deleted' | 'inserted' | 'reordered';

/** The first broken link. For `deleted`, stream and revision are those of the missing event when they can be told. */
export interface ChainBreak {
  readonly kind: ChainBreakKind;
  readonly streamId: string | null;
  readonly revision: number | null;
  readonly position: number;
  /** What was found. */
  readonly finding: ChainFinding;
}

/** Whether an exported head still holds: the event at its position has its chain hash, and the chain up to it is intact. */
export type HeadCheck =
  | { readonly holds: true }
  | { readonly holds: false; readonly reason: 'missing' | 'different' | 'broken'; readonly finding: ChainFinding };

export type VerifyResult =
  | {
      readonly intact: true;
      readonly events: number;
      readonly streams: number;
      /** null for an empty store. */
      readonly head: ChainHead | null;
      /** Present when `options.head` was given. */
      readonly headCheck?: HeadCheck;
    }
  | {
      readonly intact: false;
      /** Events found intact before the break. */
      readonly events: number;
      readonly break: ChainBreak;
      readonly headCheck?: HeadCheck;
    };

/** One page of the log in global order: the events after `afterPosition`, at most `maxCount` of them. */
export type ReadPage = (afterPosition: number, maxCount: number) => Promise<readonly RecordedEvent[]>;

/** What can be verified: an `EventStore` fits, and so does any reader of the log (an export, another adapter). */
export type VerifySource =
  | ReadPage
  | {
      readAll(options: { afterPosition: number; maxCount: number }): Promise<readonly RecordedEvent[]>;
      /** Known up front, it lets progress show a total and the time left. */
      headPosition?(): Promise<number>;
    };

export interface VerifyOptions {
  /** Called after every page with the events checked so far and, when the source tells, the total. */
  readonly onProgress?: (done: number, total?: number) => void;
  /** A head exported earlier, to check in the same pass (the result gets `headCheck`). */
  readonly head?: ChainHead;
  /** Events per read. Default 1000. */
  readonly pageSize?: number;
}
