import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';
import { justNow, MEETING_DATE } from '../support/dates';

jest.setTimeout(180_000);

/** Temporal dev server, worker process and API process: a whole cycle driven over HTTP only. */
describe('a whole cycle over HTTP through Temporal, the worker and the API', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  const org = organisationFixture(2, 3);
  const everyone = org.groups.flatMap((group) => group.memberIds);

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
  });
  afterAll(async () => system?.stop());

  it('goes from launch to the last confirmed cascade, and the audit trail replays every stage', async () => {
    const put = await call('PUT', '/organisation', { token: chef, body: org });
    expect(put.status).toBe(200);
    expect(put.body.people.find((person: { id: string }) => person.id === 'p-1-1')).toMatchObject({
      name: 'Leder 1.1 Ærø',
      email: 'leder.1.1@kommune.dk',
    });

    const launch = await call('POST', '/cycles', {
      token: chef,
      body: { theme: 'Fælles ledelsesform', meetingDate: MEETING_DATE },
    });
    expect(launch.status).toBe(201);
    expect(launch.body).toMatchObject({ stage: 'launched', revision: 0, cascades: { total: 6, confirmed: 0 } });
    const id: string = launch.body.id;

    const agenda = {
      items: [{ title: 'Hvad betyder en fælles ledelsesform hos os?' }],
      prepTasks: [{ title: 'Spørg dine medarbejdere', description: 'Hvad savner I?' }],
      materials: [{ kind: 'article', title: 'Forskningsartikel', url: 'https://example.org/artikel' }],
    };
    expect((await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda })).body.stage).toBe('agenda_set');
    expect((await call('POST', `/cycles/${id}/prep`, { token: chef })).body.stage).toBe('prep_sent');

    const heldAt = justNow();
    for (const group of org.groups) {
      const facilitator = await system.token(group.facilitatorId, 'facilitator', 'leader');
      const meeting = await call('POST', `/cycles/${id}/meetings/${group.id}`, {
        token: facilitator,
        body: {
          heldAt,
          attendeeIds: group.memberIds,
          keyPoints: ['Vi deler viden'],
          inputToChefgruppen: ['Mere tid til ledelse'],
        },
      });
      expect(meeting.status).toBe(200);
    }
    expect((await call('GET', `/cycles/${id}`, { token: chef })).body.stage).toBe('meetings_held');
    expect((await call('POST', `/cycles/${id}/summary`, { token: chef, body: { text: 'Opsamling' } })).body.stage).toBe(
      'summary_published',
    );

    const auditor = await system.token('revisor-1', 'auditor');
    const eventsOf = () => call('GET', `/cycles/${id}/events`, { token: auditor });
    const roundsDone = async () =>
      (await eventsOf()).body.filter((event: { type: string }) => event.type === 'NoticeRoundCompleted').length;
    // Leaders confirm once the summary and their request have arrived (one who confirms sooner is not asked to).
    await until(async () => (await roundsDone()) === 2, 'the prep and summary rounds');
    for (const personId of everyone) {
      const leader = await system.token(personId, 'leader');
      const confirm = await call('POST', `/cycles/${id}/cascades/${personId}`, {
        token: leader,
        body: { passedOnAt: justNow(), channel: 'personalemøde', note: 'God snak' },
      });
      expect(confirm.status).toBe(200);
    }
    const done = await call('GET', `/cycles/${id}`, { token: await system.token('p-1-2', 'leader') });
    expect(done.body).toMatchObject({ stage: 'completed', cascades: { total: 6, confirmed: 6, pending: [] } });
    expect((await call('GET', '/cycles', { token: chef })).body.map((cycle: { id: string }) => cycle.id)).toContain(id);

    const events = await eventsOf();
    // The workflow's own messages land between the commands' events as timing has it: counted on their own.
    const ownEvents = new Set(['NotificationSent', 'NoticeRoundCompleted']);
    const count = (type: string) => events.body.filter((event: { type: string }) => event.type === type).length;
    expect({ sent: count('NotificationSent'), rounds: count('NoticeRoundCompleted') }).toEqual({
      sent: everyone.length * 3, // a prep package, the summary and the cascade request each
      rounds: 2,
    });
    await until(
      () =>
        readdirSync(join(system.dataDir, 'outbox')).filter((name) => name.endsWith('.eml')).length ===
        everyone.length * 3,
      'every message in the outbox',
    );
    expect(
      events.body
        .filter((event: { type: string }) => !ownEvents.has(event.type))
        .map((event: { type: string }) => event.type),
    ).toEqual([
      'CycleLaunched',
      'AgendaSet',
      'PrepSent',
      'MeetingRecorded',
      'MeetingRecorded',
      'MeetingsHeld',
      'SummaryPublished',
      ...everyone.map(() => 'CascadeConfirmed'),
      'CycleCompleted',
    ]);
    expect(events.body[0]).toMatchObject({ revision: 0, actor: { id: 'chef-1' } });
    expect(JSON.stringify(events.body)).not.toContain('Ærø');
    // Names and e-mails reach the event store only encrypted: not one byte of them is in the SQLite file.
    const stored = Buffer.concat(
      ['events.sqlite', 'events.sqlite-wal']
        .filter((name) => existsSync(join(system.dataDir, name)))
        .map((name) => readFileSync(join(system.dataDir, name))),
    );
    expect(stored.includes(Buffer.from('PersonAdded'))).toBe(true);
    expect(stored.includes(Buffer.from('Ærø'))).toBe(false);
    expect(stored.includes(Buffer.from('@kommune.dk'))).toBe(false);

    const input = await call('GET', `/cycles/${id}/input`, { token: chef });
    expect(input.body).toEqual(
      org.groups.map((group) => ({
        groupId: group.id,
        facilitatorId: group.facilitatorId,
        heldAt,
        items: ['Mere tid til ledelse'],
      })),
    );
    expect((await call('GET', `/cycles/${id}/input`, { token: await system.token('p-1-2', 'leader') })).status).toBe(
      403,
    );
    expect((await call('GET', '/cycles/no-such-cycle/input', { token: chef })).status).toBe(404);

    const atPrep = await call('GET', `/cycles/${id}/state?revision=2`, { token: auditor });
    expect(atPrep.body).toMatchObject({ stage: 'prep_sent', revision: 2 });
    const summaryEvent = events.body.find((event: { type: string }) => event.type === 'SummaryPublished');
    const atSummary = await call('GET', `/cycles/${id}/state?at=${encodeURIComponent(summaryEvent.recordedAt)}`, {
      token: auditor,
    });
    expect(atSummary.body).toMatchObject({ stage: 'summary_published', cascades: { confirmed: 0 } });
  });
});
