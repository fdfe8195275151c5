import { ConfirmLinks } from '@ledelsesrum/auth';
import { CASCADE, cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { daysFromNow, justNow, MEETING_DATE, nextAnnual } from '../support/dates';
import { cliEnvFor, runCli } from '../support/cli';

jest.setTimeout(240_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
const AGENDA = { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] };
const LAUNCH = { theme: 'Tværgående ledelse', meetingDate: MEETING_DATE };
const MEETING_PLAN = { startTime: '13:00', durationMinutes: 150, place: 'Rådhuset, mødelokale 1' };
/** A day ahead to send prep on, and a later one to move it to. */
const PREP_DAY = daysFromNow(100);
const LATER_PREP_DAY = daysFromNow(102);
const SCHEDULE = { prepSendAt: `${PREP_DAY}T08:00:00+02:00`, reminders: ['P5D', 'P10D'], deadline: 'P15D' };

/** Chefgruppen steering running cycles over HTTP: the schedule, closing with exceptions, input taken up later. */
describe('steering a cycle: its schedule, closing it, and taking up input from an earlier cycle', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
  });
  afterAll(async () => system?.stop());

  const asChef = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    call(method, path, { token: chef, body, ...(headers ? { headers } : {}) });
  const message = (body: { message?: unknown }) => [body.message].flat().join(' | ');
  /** Danish first, English after " / ", as every message the API gives. */
  const bilingual = expect.stringMatching(/\S \/ \S/);
  const revisionOf = async (id: string) => (await asChef('GET', `/cycles/${id}`)).body.revision as number;

  /** Polls `probe` until it returns something: the workflow sends its messages after the command that is due. */
  async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`not within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function launch(body: object = LAUNCH): Promise<string> {
    const response = await asChef('POST', '/cycles', body);
    if (response.status !== 201) throw new Error(`launch: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  describe('the meeting plan and the schedule', () => {
    it('launches with a meeting plan and a schedule, and GET shows them with the notices not yet sent', async () => {
      const id = await launch({ ...LAUNCH, meeting: MEETING_PLAN, schedule: SCHEDULE });

      const cycle = await asChef('GET', `/cycles/${id}`);

      expect(cycle.status).toBe(200);
      expect(cycle.body).toMatchObject({
        id,
        stage: 'launched',
        meeting: MEETING_PLAN,
        schedule: { prepSendAt: `${PREP_DAY}T06:00:00.000Z`, reminders: ['P5D', 'P10D'], deadline: 'P15D' },
        notices: { reminders: 0 },
      });
      expect(cycle.body.notices).toEqual({ reminders: 0 });
      expect(cycle.body).not.toHaveProperty('closed');
      // Any signed-in role reads it.
      const leader = await system.token('p-1-2', 'leader');
      expect((await call('GET', `/cycles/${id}`, { token: leader })).body.schedule.deadline).toBe('P15D');
    });

    it('fills in what the launch leaves out: 09:00 for 180 minutes, prep at 08:00 a week before, P7D, P12D, P14D', async () => {
      // 20 May for a fixed answer (summer time in Copenhagen); this cycle never gets an agenda, so never sends.
      const meetingDate = nextAnnual('05-20');
      const id = await launch({
        ...LAUNCH,
        meetingDate,
        meeting: { place: 'Biblioteket' },
        schedule: { deadline: 'P20D' },
      });

      const cycle = (await asChef('GET', `/cycles/${id}`)).body;

      expect(cycle.meeting).toEqual({ startTime: '09:00', durationMinutes: 180, place: 'Biblioteket' });
      expect(cycle.schedule).toEqual({
        prepSendAt: `${meetingDate.slice(0, 4)}-05-13T06:00:00.000Z`,
        reminders: ['P7D', 'P12D'],
        deadline: 'P20D',
      });
    });

    it.each([
      ['meeting.startTime "9:00"', { meeting: { startTime: '9:00' } }, 'meeting.startTime'],
      ['meeting.durationMinutes 10', { meeting: { durationMinutes: 10 } }, 'meeting.durationMinutes'],
      ['meeting.durationMinutes 90.5', { meeting: { durationMinutes: 90.5 } }, 'meeting.durationMinutes'],
      ['a place of 201 characters', { meeting: { place: 'x'.repeat(201) } }, 'meeting.place'],
      ['an unknown field in meeting', { meeting: { room: 'A' } }, 'meeting.property room should not exist'],
      ['meeting as a list', { meeting: [MEETING_PLAN] }, 'meeting must be an object'],
      ['schedule.prepSendAt as a date only', { schedule: { prepSendAt: PREP_DAY } }, 'schedule.prepSendAt'],
      ['schedule.prepSendAt without an offset', { schedule: { prepSendAt: `${PREP_DAY}T08:00:00` } }, 'prepSendAt'],
      ['schedule.reminders ["7 days"]', { schedule: { reminders: ['7 days'] } }, 'schedule.reminders'],
      ['schedule.reminders as a string', { schedule: { reminders: 'P7D' } }, 'schedule.reminders must be an array'],
      ['11 reminders', { schedule: { reminders: Array.from({ length: 11 }, (_, i) => `P${i + 1}D`) } }, 'reminders'],
      ['schedule.deadline "P2W" (weeks are not taken)', { schedule: { deadline: 'P2W' } }, 'schedule.deadline'],
      ['an unknown field in schedule', { schedule: { timezone: 'UTC' } }, 'schedule.property timezone should not'],
    ])('refuses %s with 400 naming the field, and launches nothing', async (_title, extra, field) => {
      const before = (await asChef('GET', '/cycles')).body.length;

      const response = await asChef('POST', '/cycles', { ...LAUNCH, ...extra });

      expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 });
      expect(message(response.body)).toContain(field);
      expect((await asChef('GET', '/cycles')).body.length).toBe(before);
    });

    it('refuses a schedule whose parts do not fit together with 409 SCHEDULE_INVALID, and launches nothing', async () => {
      const before = (await asChef('GET', '/cycles')).body.length;

      const response = await asChef('POST', '/cycles', { ...LAUNCH, schedule: { reminders: ['P20D'] } });

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'SCHEDULE_INVALID', message: bilingual });
      expect((await asChef('GET', '/cycles')).body.length).toBe(before);
    });

    it('PATCH /schedule moves the parts given and keeps the rest; answers the view', async () => {
      const id = await launch({ ...LAUNCH, schedule: SCHEDULE });

      const patched = await asChef('PATCH', `/cycles/${id}/schedule`, { reminders: ['P3D'], deadline: 'P9D' });

      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ id, stage: 'launched', revision: 1 });
      expect((await asChef('GET', `/cycles/${id}`)).body.schedule).toEqual({
        prepSendAt: `${PREP_DAY}T06:00:00.000Z`,
        reminders: ['P3D'],
        deadline: 'P9D',
      });
      const later = await asChef('PATCH', `/cycles/${id}/schedule`, { prepSendAt: `${LATER_PREP_DAY}T07:30:00Z` });
      expect(later.status).toBe(200);
      expect((await asChef('GET', `/cycles/${id}`)).body.schedule).toEqual({
        prepSendAt: `${LATER_PREP_DAY}T07:30:00.000Z`,
        reminders: ['P3D'],
        deadline: 'P9D',
      });
      const events = (await asChef('GET', `/cycles/${id}/events`)).body;
      expect(events.filter((event: { type: string }) => event.type === 'ScheduleChanged')).toHaveLength(2);
    });

    it('PATCH /schedule with the same Idempotency-Key twice changes it once', async () => {
      const id = await launch();
      const headers = { 'Idempotency-Key': 'frist-1' };

      const first = await asChef('PATCH', `/cycles/${id}/schedule`, { deadline: 'P21D' }, headers);
      const again = await asChef('PATCH', `/cycles/${id}/schedule`, { deadline: 'P21D' }, headers);

      expect([first.status, again.status]).toEqual([200, 200]);
      expect(again.body.revision).toBe(first.body.revision);
      expect(await revisionOf(id)).toBe(1);
    });

    it.each([
      ['reminders out of order', { reminders: ['P10D', 'P5D'] }],
      ['a reminder at the deadline', { reminders: ['P14D'], deadline: 'P14D' }],
      ['a deadline over a year', { deadline: 'P366D' }],
      ['no part at all', {}],
    ])('refuses %s with 409 SCHEDULE_INVALID in Danish and English, and records nothing', async (_title, body) => {
      const id = await launch();

      const response = await asChef('PATCH', `/cycles/${id}/schedule`, body);

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'SCHEDULE_INVALID', message: bilingual });
      expect(await revisionOf(id)).toBe(0);
    });

    it('refuses to move prep once it was sent (409 PREP_ALREADY_SENT), but still moves the reminders', async () => {
      const id = await cycleAtStage(system, call, ORG.groups, 'prep_sent');

      const refused = await asChef('PATCH', `/cycles/${id}/schedule`, {
        prepSendAt: `${LATER_PREP_DAY}T08:00:00+02:00`,
      });
      const allowed = await asChef('PATCH', `/cycles/${id}/schedule`, { reminders: ['P2D'] });

      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'PREP_ALREADY_SENT', message: bilingual });
      expect(allowed.status).toBe(200);
      expect((await asChef('GET', `/cycles/${id}`)).body.schedule.reminders).toEqual(['P2D']);
    });

    it.each([
      ['deadline "14 days"', { deadline: '14 days' }, 'deadline'],
      ['reminders ["P"]', { reminders: ['P'] }, 'reminders'],
      ['reminders ["PT"]', { reminders: ['PT'] }, 'reminders'],
      ['prepSendAt "tomorrow"', { prepSendAt: 'tomorrow' }, 'prepSendAt'],
      ['an unknown field', { deadline: 'P14D', escalateTo: 'p-1-1' }, 'property escalateTo should not exist'],
    ])('PATCH /schedule refuses %s with 400 from validation, and records nothing', async (_title, body, field) => {
      const id = await launch();

      const response = await asChef('PATCH', `/cycles/${id}/schedule`, body);

      expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 });
      expect(message(response.body)).toContain(field);
      expect(await revisionOf(id)).toBe(0);
    });

    it('shows each notice round as done once the cycle has sent it (prep, summary)', async () => {
      const id = await cycleAtStage(system, call, ORG.groups, 'summary_published');

      const notices = await eventually(async () => {
        const progress = (await asChef('GET', `/cycles/${id}`)).body.notices;
        return progress.prep && progress.summary ? progress : undefined;
      });

      expect(notices).toEqual({ prep: expect.any(String), summary: expect.any(String), reminders: 0 });
    });

    it('PATCH /schedule on an unknown cycle: 404', async () => {
      expect((await asChef('PATCH', '/cycles/no-such-cycle/schedule', { deadline: 'P14D' })).status).toBe(404);
    });
  });

  describe('closing a cycle with exceptions', () => {
    it('closes after the summary: those who had not confirmed become exceptions, and the cycle is completed', async () => {
      const id = await cycleAtStage(system, call, ORG.groups, 'summary_published');
      for (const personId of ['p-1-2', 'p-2-2']) {
        const leader = await system.token(personId, 'leader');
        const confirmed = await call('POST', `/cycles/${id}/cascades/${personId}`, { token: leader, body: CASCADE });
        expect(confirmed.status).toBe(200);
      }

      const closed = await asChef('POST', `/cycles/${id}/close`, { reason: 'Fristen er overskredet' });

      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ id, stage: 'completed', cascades: { total: 6, confirmed: 2 } });
      const exceptions = ['p-1-1', 'p-1-3', 'p-2-1', 'p-2-3'];
      const cycle = (await asChef('GET', `/cycles/${id}`)).body;
      expect(cycle.closed).toEqual({
        reason: 'Fristen er overskredet',
        exceptionIds: exceptions,
        at: expect.any(String),
      });
      expect([...cycle.cascades.pending].sort()).toEqual(exceptions);
      const types = (await asChef('GET', `/cycles/${id}/events`)).body.map((event: { type: string }) => event.type);
      expect(types).toContain('CycleClosed');
      // One append: nothing between them (the summary's messages may still be recorded after).
      expect(types.indexOf('CycleCompleted')).toBe(types.indexOf('CycleClosed') + 1);

      // A leader among the exceptions can no longer confirm; nor can the cycle be closed again.
      const late = await call('POST', `/cycles/${id}/cascades/p-1-3`, {
        token: await system.token('p-1-3', 'leader'),
        body: CASCADE,
      });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'CYCLE_COMPLETED', message: bilingual });
      const again = await asChef('POST', `/cycles/${id}/close`, { reason: 'Igen' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'CYCLE_COMPLETED' });

      // Their personal link says the round is closed, and its page offers no form.
      const links = new ConfirmLinks(system.secret);
      const token = await links.sign({ cycleId: id, personId: 'p-1-3', expiresAt: new Date(Date.now() + 86_400_000) });
      expect((await call('GET', `/confirm/${token}`)).body).toMatchObject({ status: 'closed' });
      const page = await fetch(`${system.baseUrl.replace(/\/api$/, '')}/bekraeft/${token}`);
      const html = await page.text();
      expect(html).toContain('Runden er lukket');
      expect(html).not.toContain('<form');
    });

    it('refuses to close before the summary is published (409 SUMMARY_NOT_PUBLISHED), and records nothing', async () => {
      const id = await cycleAtStage(system, call, ORG.groups, 'meetings_held');

      const response = await asChef('POST', `/cycles/${id}/close`, { reason: 'For tidligt' });

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'SUMMARY_NOT_PUBLISHED', message: bilingual });
      // Compared by type, not revision: the workflow may still be recording the prep messages it sent.
      const types = (await asChef('GET', `/cycles/${id}/events`)).body.map((event: { type: string }) => event.type);
      expect(types).not.toContain('CycleClosed');
      expect((await asChef('GET', `/cycles/${id}`)).body.stage).toBe('meetings_held');
    });

    it.each([
      ['no body', undefined, 'reason'],
      ['an empty reason', { reason: '' }, 'reason must be longer'],
      ['a reason of 501 characters', { reason: 'x'.repeat(501) }, 'reason must be shorter'],
      ['an unknown field', { reason: 'Frist', notify: true }, 'property notify should not exist'],
    ])('refuses %s with 400', async (_title, body, field) => {
      const response = await asChef('POST', '/cycles/no-such-cycle/close', body);

      expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 });
      expect(message(response.body)).toContain(field);
    });
  });

  describe('input taken up by a later cycle', () => {
    let earlier: string;
    let withoutMeetings: string;
    let later: string;
    let heldAt: string;

    beforeAll(async () => {
      earlier = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
      heldAt = justNow();
      const input: Record<string, string[]> = {
        'g-1': ['Mere tid til ledelse', 'Fælles sprog'],
        'g-2': ['Færre møder'],
      };
      for (const group of ORG.groups) {
        const meeting = {
          heldAt,
          attendeeIds: group.memberIds,
          keyPoints: [],
          inputToChefgruppen: input[group.id],
        };
        const recorded = await asChef('POST', `/cycles/${earlier}/meetings/${group.id}`, meeting);
        if (recorded.status !== 200) throw new Error(`meeting: ${recorded.status} ${JSON.stringify(recorded.body)}`);
      }
      withoutMeetings = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
      later = await launch({ theme: 'Fælles sprog i ledelsen', meetingDate: daysFromNow(240) });
      const agenda = await asChef('PUT', `/cycles/${later}/agenda`, AGENDA);
      if (agenda.status !== 200) throw new Error(`agenda: ${agenda.status}`);
    });

    it('links the item to the later cycle, and the earlier cycle’s input shows where it was taken up', async () => {
      const response = await asChef('POST', `/cycles/${later}/taken-up-input`, {
        fromCycleId: earlier,
        groupId: 'g-1',
        item: 1,
      });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: later, stage: 'agenda_set' });
      const input = await asChef('GET', `/cycles/${earlier}/input`);
      expect(input.status).toBe(200);
      expect(input.body).toEqual([
        {
          groupId: 'g-1',
          facilitatorId: 'p-1-1',
          heldAt,
          items: ['Mere tid til ledelse', 'Fælles sprog'],
          takenUp: [
            { item: 1, takenUpIn: [{ cycleId: later, theme: 'Fælles sprog i ledelsen', at: expect.any(String) }] },
          ],
        },
        { groupId: 'g-2', facilitatorId: 'p-2-1', heldAt, items: ['Færre møder'] },
      ]);
      // The later cycle's own stream keeps the link, with the item's text copied.
      const events = (await asChef('GET', `/cycles/${later}/events`)).body;
      expect(events.find((event: { type: string }) => event.type === 'InputTakenUp')).toMatchObject({
        actor: { id: 'chef-1' },
        data: { fromCycleId: earlier, groupId: 'g-1', item: 1, text: 'Fælles sprog', by: 'chef-1' },
      });
    });

    it('refuses the same item twice in the same cycle with 409 INPUT_ALREADY_TAKEN_UP', async () => {
      const body = { fromCycleId: earlier, groupId: 'g-1', item: 0 };
      expect((await asChef('POST', `/cycles/${later}/taken-up-input`, body)).status).toBe(200);
      const before = await revisionOf(later);

      const again = await asChef('POST', `/cycles/${later}/taken-up-input`, body);

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'INPUT_ALREADY_TAKEN_UP', message: bilingual });
      expect(await revisionOf(later)).toBe(before);
    });

    it('with the same Idempotency-Key twice, takes the item up once and answers alike', async () => {
      const body = { fromCycleId: earlier, groupId: 'g-2', item: 0 };
      const headers = { 'Idempotency-Key': 'take-up-g-2' };

      const first = await asChef('POST', `/cycles/${later}/taken-up-input`, body, headers);
      const again = await asChef('POST', `/cycles/${later}/taken-up-input`, body, headers);

      expect([first.status, again.status]).toEqual([200, 200]);
      expect(again.body.revision).toBe(first.body.revision);
      const g2 = (await asChef('GET', `/cycles/${earlier}/input`)).body.find(
        (entry: { groupId: string }) => entry.groupId === 'g-2',
      );
      expect(g2.takenUp).toEqual([{ item: 0, takenUpIn: [expect.objectContaining({ cycleId: later })] }]);
    });

    it('lists every later cycle that took the same item up', async () => {
      const another = await launch({ theme: 'Opfølgning', meetingDate: daysFromNow(300) });

      const response = await asChef('POST', `/cycles/${another}/taken-up-input`, {
        fromCycleId: earlier,
        groupId: 'g-1',
        item: 1,
      });

      expect(response.status).toBe(200);
      const g1 = (await asChef('GET', `/cycles/${earlier}/input`)).body[0];
      expect(g1.takenUp.find((entry: { item: number }) => entry.item === 1).takenUpIn).toEqual([
        expect.objectContaining({ cycleId: later, theme: 'Fælles sprog i ledelsen' }),
        expect.objectContaining({ cycleId: another, theme: 'Opfølgning' }),
      ]);
    });

    it.each([
      ['an item index past the end', { groupId: 'g-1', item: 2 }, 422, 'INPUT_NOT_FOUND', 'no item 2'],
      ['a group not in that cycle', { groupId: 'g-9', item: 0 }, 422, 'INPUT_NOT_FOUND', 'g-9'],
    ])('refuses %s with a clear 4xx, and records nothing', async (_title, reference, status, code, text) => {
      const before = await revisionOf(later);

      const response = await asChef('POST', `/cycles/${later}/taken-up-input`, { fromCycleId: earlier, ...reference });

      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ code, message: bilingual });
      expect(message(response.body)).toContain(text);
      expect(await revisionOf(later)).toBe(before);
    });

    it('refuses a group that has not recorded its meeting in the earlier cycle with 422 naming it', async () => {
      const body = { fromCycleId: withoutMeetings, groupId: 'g-2', item: 0 };

      const response = await asChef('POST', `/cycles/${later}/taken-up-input`, body);

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'INPUT_NOT_FOUND', details: { groupId: 'g-2' } });
      expect(message(response.body)).toContain('has not recorded its meeting');
    });

    it('refuses input from the cycle itself (409) and from a cycle launched after it (422)', async () => {
      const same = await asChef('POST', `/cycles/${later}/taken-up-input`, {
        fromCycleId: later,
        groupId: 'g-1',
        item: 0,
      });
      const backwards = await asChef('POST', `/cycles/${earlier}/taken-up-input`, {
        fromCycleId: later,
        groupId: 'g-1',
        item: 0,
      });

      expect(same.status).toBe(409);
      expect(same.body).toMatchObject({ code: 'INPUT_FROM_SAME_CYCLE', message: bilingual });
      expect(backwards.status).toBe(422);
      expect(backwards.body).toMatchObject({ code: 'INPUT_FROM_LATER_CYCLE', message: bilingual });
    });

    it('answers 404 for an unknown earlier cycle and for an unknown later cycle', async () => {
      const unknownSource = await asChef('POST', `/cycles/${later}/taken-up-input`, {
        fromCycleId: 'no-such-cycle',
        groupId: 'g-1',
        item: 0,
      });
      const unknownTarget = await asChef('POST', '/cycles/no-such-cycle/taken-up-input', {
        fromCycleId: earlier,
        groupId: 'g-1',
        item: 0,
      });

      expect(unknownSource.status).toBe(404);
      expect(message(unknownSource.body)).toContain('no-such-cycle');
      expect(unknownTarget.status).toBe(404);
    });

    it.each([
      ['a negative item', { groupId: 'g-1', item: -1 }, 'item must not be less than 0'],
      ['an item as text', { groupId: 'g-1', item: '1' }, 'item must be an integer'],
      ['a group id with a space', { groupId: 'g 1', item: 0 }, 'groupId'],
      ['an unknown field', { groupId: 'g-1', item: 0, text: 'Eget punkt' }, 'property text should not exist'],
    ])('refuses %s with 400', async (_title, reference, field) => {
      const response = await asChef('POST', `/cycles/${later}/taken-up-input`, { fromCycleId: earlier, ...reference });

      expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 });
      expect(message(response.body)).toContain(field);
    });
  });

  describe('the CLI', () => {
    const cli = (...args: string[]) => runCli(args, cliEnvFor(system));
    const json = async (...args: string[]) => {
      const result = await cli(...args);
      if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed:\n${result.stderr}`);
      return JSON.parse(result.stdout);
    };

    it('changes the schedule, takes up input and closes a cycle, each through the API', async () => {
      const earlier = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
      for (const group of ORG.groups) {
        const meeting = {
          heldAt: justNow(),
          attendeeIds: group.memberIds,
          keyPoints: [],
          inputToChefgruppen: ['A'],
        };
        expect((await asChef('POST', `/cycles/${earlier}/meetings/${group.id}`, meeting)).status).toBe(200);
      }
      expect((await asChef('POST', `/cycles/${earlier}/summary`, { text: 'Opsamling' })).status).toBe(200);
      const later = await launch({ theme: 'Næste', meetingDate: daysFromNow(240) });

      const scheduled = await json('schedule', later, '--reminders', 'P4D,P8D', '--deadline', 'P10D');
      expect(scheduled).toMatchObject({ id: later, revision: 1 });
      expect((await asChef('GET', `/cycles/${later}`)).body.schedule).toMatchObject({
        reminders: ['P4D', 'P8D'],
        deadline: 'P10D',
      });
      await json('schedule', later, '--reminders', 'ingen');
      expect((await asChef('GET', `/cycles/${later}`)).body.schedule.reminders).toEqual([]);

      await json('take-up', later, '--from', earlier, '--group', 'g-2', '--item', '0');
      expect((await asChef('GET', `/cycles/${earlier}/input`)).body[1].takenUp[0].takenUpIn[0].cycleId).toBe(later);

      const closed = await json('close', earlier, '--reason', 'Fristen er overskredet');
      expect(closed).toMatchObject({ id: earlier, stage: 'completed' });
    });

    it('exits 1 with a message for a missing cycle id, no schedule part, a bad item, or a refusal', async () => {
      const noId = await cli('close', '--reason', 'x');
      expect(noId.status).toBe(1);
      expect(noId.stderr).toContain("the meeting round's id is missing");

      const nothing = await cli('schedule', 'some-cycle');
      expect(nothing.status).toBe(1);
      expect(nothing.stderr).toContain('Give at least one of');

      const badItem = await cli('take-up', 'some-cycle', '--from', 'other', '--group', 'g-1', '--item', 'first');
      expect(badItem.status).toBe(1);
      expect(badItem.stderr).toContain('--item');

      const unknown = await cli('close', 'some-cycle', '--reason', 'x', '--force', 'ja');
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('Unknown flags: force');

      const refused = await cli('schedule', 'no-such-cycle', '--deadline', 'P14D');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('HTTP 404');
    });
  });
});
