import type { RecordedEvent } from '@ledelsesrum/event-store';
import { describeCycleEvent } from './describe-cycle-event';
import { formatTimelineLine, toTimelineEntry } from './timeline';

function recorded(type: string, data: unknown, metadata: Record<string, unknown>, recordedAt: string): RecordedEvent {
  return {
    id: 'e-1',
    streamId: 'cycle-c-1',
    type,
    data,
    metadata,
    revision: 7,
    position: 42,
    recordedAt,
    hash: 'h',
    chainHash: 'ch',
  } as RecordedEvent;
}

const CONFIRMED = { personId: 'p-7', passedOnAt: 'x', channel: 'møde', confirmedAt: 'x' };

describe('the timeline', () => {
  it('shows Copenhagen time, revision, actor and roles, request, run and the event in Danish and English', () => {
    const event = recorded(
      'CascadeConfirmed',
      CONFIRMED,
      {
        actorId: 'p-7',
        actorRoles: ['facilitator', 'leader'],
        requestId: 'req-1',
        idempotencyKey: 'p-7:ConfirmCascade:k-1',
        workflowId: 'cycle-c-1',
        workflowRunId: '0f3c9a2e-1111-2222-3333-444455556666',
      },
      '2027-03-11T09:15:02.123Z',
    );

    const entry = toTimelineEntry(event, describeCycleEvent);

    expect(entry).toMatchObject({
      time: '2027-03-11 10:15:02',
      revision: 7,
      actor: { id: 'p-7', roles: ['facilitator', 'leader'] },
      requestId: 'req-1',
      idempotencyKey: 'p-7:ConfirmCascade:k-1',
      workflowRunId: '0f3c9a2e-1111-2222-3333-444455556666',
    });
    expect(formatTimelineLine(entry)).toBe(
      '2027-03-11 10:15:02  #7  p-7 (facilitator, leader)  req req-1  run 0f3c9a2e  ' +
        'Videreformidling bekræftet af p-7 / Cascade confirmed by p-7',
    );
  });

  it('says a confirmation came through the personal link', () => {
    const event = recorded(
      'CascadeConfirmed',
      CONFIRMED,
      { actorId: 'p-7', actorRoles: ['leader'], requestId: 'r', via: 'confirm-link' },
      '2027-07-01T08:00:00Z',
    );
    expect(formatTimelineLine(toTimelineEntry(event, describeCycleEvent))).toBe(
      '2027-07-01 10:00:00  #7  p-7 (leader)  req r via confirm-link  ' +
        'Videreformidling bekræftet af p-7 / Cascade confirmed by p-7',
    );
  });

  it('shows the workflow’s own events with the system role and no request', () => {
    const event = recorded(
      'CycleCompleted',
      { at: 'x' },
      { actorId: '@system', actorRoles: ['system'], workflowRunId: 'abcdef0123' },
      '2027-10-31T01:30:00Z',
    );
    expect(formatTimelineLine(toTimelineEntry(event, describeCycleEvent))).toBe(
      '2027-10-31 02:30:00  #7  @system (system)  req -  run abcdef01  Møderunde afsluttet / Meeting round completed',
    );
  });

  it('shows an event from before metadata was recorded with what it has, and nulls in the entry', () => {
    const event = recorded('CycleCompleted', { at: 'x' }, { actorId: 'chef-1' }, '2027-01-05T12:00:00Z');
    const entry = toTimelineEntry(event, describeCycleEvent);
    expect(entry).toMatchObject({ actor: { id: 'chef-1', roles: null }, requestId: null, workflowRunId: null });
    expect(formatTimelineLine(entry)).toBe(
      '2027-01-05 13:00:00  #7  chef-1  req -  Møderunde afsluttet / Meeting round completed',
    );
  });
});
