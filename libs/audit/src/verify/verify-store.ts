/**
 * Walks the whole log in global order, recomputing every event's hash and chain link from its stored content and
 * its predecessors' stored hashes, and stops at the first broken link (see `diagnoseBreak` for how it is named).
 */
import type { RecordedEvent } from '@ledelsesrum/event-store';
import { finding } from './chain-finding';
import { ChainState } from './chain-state';
import { diagnoseBreak } from './diagnose-break';
import { readInPages, totalOf } from './read-in-pages';
import type { ChainBreak, ChainHead, HeadCheck, VerifyOptions, VerifyResult, VerifySource } from './verify-types';

/** Verifies every event of the log; with `options.head`, also whether that exported head still holds. */
export async function verifyStore(source: VerifySource, options: VerifyOptions = {}): Promise<VerifyResult> {
  return walk(source, options);
}

/**
 * Whether an exported head still holds: the chain up to `head.position` is intact and the event there still has
 * `head.chainHash`. Events after the head are not read. A head proves nothing about what came after it.
 */
export async function checkChainHead(
  source: VerifySource,
  head: ChainHead,
  options: Omit<VerifyOptions, 'head'> = {},
): Promise<HeadCheck> {
  return (await walk(source, { ...options, head }, head.position)).headCheck!;
}

async function walk(source: VerifySource, options: VerifyOptions, untilPosition?: number): Promise<VerifyResult> {
  const pageSize = options.pageSize ?? 1000;
  const total = await totalOf(source);
  const shownTotal = total === undefined || untilPosition === undefined ? total : Math.min(total, untilPosition);
  const state = new ChainState();
  const events = readInPages(source, pageSize)[Symbol.asyncIterator]();
  const { head } = options;
  let headCheck: HeadCheck | undefined;
  try {
    for (let next = await events.next(); !next.done; next = await events.next()) {
      const event = next.value;
      // Past the head once it has been judged (a missing head is judged by the event after it, or by the end).
      if (untilPosition !== undefined && headCheck !== undefined && event.position > untilPosition) break;
      if (!state.fits(event)) {
        const found = await diagnoseBreak(event, state, events);
        if (head !== undefined) headCheck ??= afterBreak(head, found);
        return { intact: false, events: state.events, break: found, ...(headCheck && { headCheck }) };
      }
      if (head !== undefined && headCheck === undefined) headCheck = atHead(head, event);
      state.accept(event);
      if (state.events % pageSize === 0) options.onProgress?.(state.events, shownTotal);
    }
  } finally {
    await events.return?.(undefined);
  }
  options.onProgress?.(state.events, shownTotal);
  if (head !== undefined) headCheck ??= missingHead(head);
  return {
    intact: true,
    events: state.events,
    streams: state.streamCount,
    head: state.head,
    ...(headCheck && { headCheck }),
  };
}

/** Judged at the first event at or past the head's position; undefined while the walk has not got there. */
function atHead(head: ChainHead, event: RecordedEvent): HeadCheck | undefined {
  if (event.position < head.position) return undefined;
  if (event.position > head.position) return missingHead(head);
  if (event.chainHash === head.chainHash) return { holds: true };
  return {
    holds: false,
    reason: 'different',
    finding: finding('head-hash-different', { position: head.position }),
  };
}

function missingHead(head: ChainHead): HeadCheck {
  return {
    holds: false,
    reason: 'missing',
    finding: finding('head-missing', { position: head.position }),
  };
}

function afterBreak(head: ChainHead, found: ChainBreak): HeadCheck {
  if (found.position > head.position) return { holds: true };
  return {
    holds: false,
    reason: 'broken',
    finding: finding('broken-before-head', { position: found.position, head: head.position }),
  };
}
