import type { apiClient } from './http';
import type { OrganisationFixture } from './organisation-fixture';
import type { SystemUnderTest } from './system-under-test';

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
    await call('POST', '/cycles', { token: chef, body: { theme: 'Psykisk arbejdsmiljø', meetingDate: '2027-05-20' } }),
    'launch',
  );
  const id = (launch.body as { id: string }).id;
  const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
  expectOk(await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda }), 'agenda');
  expectOk(await call('POST', `/cycles/${id}/prep`, { token: chef }), 'prep');
  for (const group of org.groups) {
    const meeting = {
      heldAt: '2027-05-20T13:00:00+02:00',
      attendeeIds: group.memberIds,
      keyPoints: [],
      inputToChefgruppen: [],
    };
    expectOk(await call('POST', `/cycles/${id}/meetings/${group.id}`, { token: chef, body: meeting }), 'meeting');
  }
  expectOk(await call('POST', `/cycles/${id}/summary`, { token: chef, body: { text: 'Opsamling' } }), 'summary');
  return id;
}

export const CASCADE = { passedOnAt: '2027-05-27T09:00:00+02:00', channel: 'personalemøde' };
