import type { RecordedEvent } from '@ledelsesrum/event-store';
import { eventsUntil, toHistoryEntry } from './cycle-history';

const event = (revision: number, recordedAt: string, metadata: Record<string, unknown> = {}) =>
  ({
    id: `e-${revision}`,
    streamId: 's',
    type: 'T',
    data: {},
    metadata,
    revision,
    position: revision + 1,
    recordedAt,
  }) as RecordedEvent;

const EVENTS = [event(0, '2027-03-11T09:00:00Z'), event(1, '2027-03-11T09:00:05Z'), event(2, '2027-03-11T09:01:00Z')];

describe('eventsUntil', () => {
  it('keeps the events up to and including a revision', () => {
    expect(eventsUntil(EVENTS, { revision: 1 }).map((e) => e.revision)).toEqual([0, 1]);
    expect(eventsUntil(EVENTS, { revision: 9 })).toHaveLength(3);
  });

  it('keeps the events recorded up to and including a moment', () => {
    expect(eventsUntil(EVENTS, { at: new Date('2027-03-11T09:00:05Z') })).toHaveLength(2);
    expect(eventsUntil(EVENTS, { at: new Date('2027-03-11T09:00:04.999Z') })).toHaveLength(1);
    expect(eventsUntil(EVENTS, { at: new Date('2027-03-11T08:00:00Z') })).toEqual([]);
  });
});

describe('toHistoryEntry', () => {
  it('exposes who caused the event and through which request and workflow run', () => {
    const metadata = {
      actorId: 'chef-1',
      actorRoles: ['chefgruppen'],
      requestId: 'r-1',
      idempotencyKey: 'chef-1:SendPrep:k',
      workflowId: 'cycle-c-1',
      workflowRunId: 'run-1',
    };
    expect(toHistoryEntry(event(2, '2027-03-11T09:01:00Z', metadata))).toEqual({
      id: 'e-2',
      type: 'T',
      revision: 2,
      recordedAt: '2027-03-11T09:01:00Z',
      actor: { id: 'chef-1', roles: ['chefgruppen'] },
      requestId: 'r-1',
      idempotencyKey: 'chef-1:SendPrep:k',
      workflowId: 'cycle-c-1',
      workflowRunId: 'run-1',
      data: {},
    });
  });

  it('reads nulls where an older event recorded less', () => {
    expect(toHistoryEntry(event(0, '2027-03-11T09:00:00Z', { actorId: 'chef-1' }))).toMatchObject({
      actor: { id: 'chef-1', roles: null },
      requestId: null,
      idempotencyKey: null,
      workflowId: null,
      workflowRunId: null,
    });
  });
});
