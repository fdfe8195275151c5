import { eventMetadata } from './event-metadata';

const RUN = { workflowId: 'cycle-c-1', runId: 'run-1' };
const CONTEXT = { actorId: 'p-7', now: '2027-03-11T09:00:00Z' };
const CONFIRM = { type: 'ConfirmCascade', personId: 'p-7', passedOnAt: 'x', channel: 'møde' } as const;

describe('eventMetadata', () => {
  it('records who, in which roles, through which request and key, and in which workflow run', () => {
    const metadata = eventMetadata(
      {
        command: CONFIRM,
        context: CONTEXT,
        idempotencyKey: 'p-7:ConfirmCascade:k',
        request: { requestId: 'req-1', actorRoles: ['leader'], via: 'confirm-link' },
      },
      RUN,
    );
    expect(metadata).toEqual({
      actorId: 'p-7',
      actorRoles: ['leader'],
      occurredAt: '2027-03-11T09:00:00Z',
      command: 'ConfirmCascade',
      idempotencyKey: 'p-7:ConfirmCascade:k',
      requestId: 'req-1',
      via: 'confirm-link',
      workflowId: 'cycle-c-1',
      workflowRunId: 'run-1',
    });
  });

  it('records the workflow’s own commands in the system role, with no request', () => {
    const metadata = eventMetadata(
      { command: { type: 'SendPrep' }, context: { actorId: '@system', now: CONTEXT.now } },
      RUN,
    );
    expect(metadata).toEqual({
      actorId: '@system',
      actorRoles: ['system'],
      occurredAt: CONTEXT.now,
      command: 'SendPrep',
      workflowId: 'cycle-c-1',
      workflowRunId: 'run-1',
    });
  });

  it('makes up no roles or request for a command sent before they were recorded', () => {
    expect(eventMetadata({ command: CONFIRM, context: CONTEXT }, RUN)).toEqual({
      actorId: 'p-7',
      occurredAt: CONTEXT.now,
      command: 'ConfirmCascade',
      workflowId: 'cycle-c-1',
      workflowRunId: 'run-1',
    });
  });
});
