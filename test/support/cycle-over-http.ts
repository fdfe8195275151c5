import { CYCLE_STAGES, type CycleStage } from '@ledelsesrum/domain';
import type { apiClient } from './http';
import type { OrganisationFixture } from './organisation-fixture';
import type { SystemUnderTest } from './system-under-test';
import { justNow, MEETING_DATE, sentNow } from './dates';

/** Puts the organisation and takes a new cycle over HTTP up to a published summary; returns the cycle id. */
export async function cycleUpToSummary(
  system: SystemUnderTest,
  call: ReturnType<typeof apiClient>,
  org: OrganisationFixture,
): Promise<string> {
  const chef = await system.token('chef-1', 'chefgruppen');
  const expectOk = (result: { status: number; body: unknown }, what: string) => {
    if (result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
    return result;
  };
  expectOk(await call('PUT', '/organisation', { token: chef, body: org }), 'organisation');
  const launch = expectOk(
    await call('POST', '/cycles', { token: chef, body: { theme: 'Psykisk arbejdsmiljø', meetingDate: MEETING_DATE } }),
    'launch',
  );
  const id = (launch.body as { id: string }).id;
  const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
  expectOk(await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda }), 'agenda');
  expectOk(await call('POST', `/cycles/${id}/prep`, { token: chef }), 'prep');
  for (const group of org.groups) {
    const meeting = {
      heldAt: justNow(),
      attendeeIds: group.memberIds,
      keyPoints: [],
      inputToChefgruppen: [],
    };
    expectOk(await call('POST', `/cycles/${id}/meetings/${group.id}`, { token: chef, body: meeting }), 'meeting');
  }
  expectOk(await call('POST', `/cycles/${id}/summary`, { token: chef, body: { text: 'Opsamling' } }), 'summary');
  return id;
}

/** A cascade confirmation's body, passed on when it is sent: after the summary, not in the future. */
export const CASCADE = sentNow('passedOnAt', { channel: 'personalemøde' });

/**
 * Launches a new cycle for `groups` (already in the stored organisation) and takes it over HTTP as far as `stage`:
 * chefgruppen sets the agenda, sends prep, records every meeting and publishes; to reach `completed`, every
 * participant confirms their own cascade. Returns the cycle id.
 */
export async function cycleAtStage(
  system: SystemUnderTest,
  call: ReturnType<typeof apiClient>,
  groups: readonly { id: string; facilitatorId: string; memberIds: readonly string[] }[],
  stage: CycleStage,
): Promise<string> {
  const chef = await system.token('chef-1', 'chefgruppen');
  const reaches = (candidate: CycleStage) => CYCLE_STAGES.indexOf(stage) >= CYCLE_STAGES.indexOf(candidate);
  const send = async (method: string, path: string, token: string, body?: unknown) => {
    const result = await call(method, path, { token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result;
  };
  const launch = { theme: 'Tværgående ledelse', meetingDate: MEETING_DATE, groupIds: groups.map((group) => group.id) };
  const id = (await send('POST', '/cycles', chef, launch)).body.id as string;
  if (reaches('agenda_set')) {
    await send('PUT', `/cycles/${id}/agenda`, chef, { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] });
  }
  if (reaches('prep_sent')) await send('POST', `/cycles/${id}/prep`, chef);
  if (reaches('meetings_held')) {
    for (const group of groups) {
      const meeting = {
        heldAt: justNow(),
        attendeeIds: group.memberIds,
        keyPoints: [],
        inputToChefgruppen: [],
      };
      await send('POST', `/cycles/${id}/meetings/${group.id}`, chef, meeting);
    }
  }
  if (reaches('summary_published')) await send('POST', `/cycles/${id}/summary`, chef, { text: 'Opsamling' });
  if (reaches('completed')) {
    const participants = new Set(groups.flatMap((group) => [group.facilitatorId, ...group.memberIds]));
    for (const personId of participants) {
      await send('POST', `/cycles/${id}/cascades/${personId}`, await system.token(personId, 'leader'), CASCADE);
    }
  }
  return id;
}

/** Events the workflow records by itself as it sends messages, at its own pace, whoever called. */
export const NOTICE_EVENTS: readonly string[] = ['NotificationSent', 'NoticeRoundCompleted'];

/**
 * How many events the cycle's commands have recorded, read as chefgruppen: what a refused request must leave as it
 * was. Not the revision, which the cycle process's own notice events move on.
 */
export async function commandEventCount(
  call: ReturnType<typeof apiClient>,
  chefToken: string,
  cycleId: string,
): Promise<number> {
  const events = (await call('GET', `/cycles/${cycleId}/events`, { token: chefToken })).body as { type: string }[];
  return events.filter((event) => !NOTICE_EVENTS.includes(event.type)).length;
}
