import { readdirSync } from 'node:fs';
import { copenhagenDay } from '@ledelsesrum/domain';
import type { BenchSystem } from './bench-system';
import { jsonClient } from './http-client';
import { timeConcurrently, type PhaseFigures } from './latency';
import { scaleOrganisation } from './scale-organisation';

/** What one run of the scenario measured. */
export interface ScenarioFigures {
  readonly leaders: number;
  readonly groups: number;
  readonly meetings: PhaseFigures;
  readonly prepRoundSeconds: number;
  readonly summaryRoundSeconds: number;
  readonly confirmations: PhaseFigures;
  readonly confirmationsAnswered2xx: number;
  readonly confirmationsStored: number;
  readonly confirmationsStoredOnce: boolean;
  readonly importToCompletedSeconds: number;
}

/**
 * The round meets this many days after the run: in the future, as a launch must, and far enough ahead that prep goes
 * out when the scenario sends it rather than by itself a week before.
 */
const MEETING_DAYS_AHEAD = 120;

interface StoredEvent {
  readonly type: string;
  readonly data: { readonly personId?: string; readonly round?: string };
}

/**
 * A whole cycle at the size of a large municipality, over HTTP only, as its users would drive it: chefgruppen
 * imports the organisation and launches, facilitators record 150 meetings 20 at a time, and 2,500 leaders confirm
 * their cascade 50 at a time, spread over the API replicas. Rounds of messages are timed to the outbox.
 */
export async function runCycleScenario(system: BenchSystem, log: (line: string) => void): Promise<ScenarioFigures> {
  const org = scaleOrganisation();
  const leaders = org.groups.flatMap((group) => group.memberIds);
  const chef = await system.token('chef-1', 'chefgruppen');
  let turn = 0;
  const send = jsonClient();
  /** Each request goes to the next API replica in turn. */
  const call = (method: string, path: string, token: string, body?: unknown) =>
    send(method, `${system.apiUrls[turn++ % system.apiUrls.length]!}${path}`, token, body);
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const result = await call(method, path, token, body);
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body as Record<string, unknown>;
  };
  const outboxCount = () => {
    try {
      return readdirSync(system.outboxDir).filter((name) => name.endsWith('.eml')).length;
    } catch {
      return 0;
    }
  };
  /** Seconds from now until the outbox holds `count` messages. */
  const untilOutboxHas = async (count: number) => {
    const started = performance.now();
    while (outboxCount() < count) {
      if (performance.now() - started > 600_000) throw new Error(`the outbox never reached ${count} messages`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return (performance.now() - started) / 1000;
  };

  const imported = performance.now();
  log(`  importerer / importing ${org.people.length} people in ${org.groups.length} groups ...`);
  await ok('PUT', '/organisation', chef, org);
  const meetingDate = copenhagenDay(new Date(Date.now() + MEETING_DAYS_AHEAD * 86_400_000));
  const launched = await ok('POST', '/cycles', chef, { theme: 'Psykisk arbejdsmiljø', meetingDate });
  const id = launched['id'] as string;
  await ok('PUT', `/cycles/${id}/agenda`, chef, { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] });
  await ok('POST', `/cycles/${id}/prep`, chef);
  const prepRoundSeconds = await untilOutboxHas(leaders.length);
  log(`  forberedelse i udbakken / prep round in the outbox: ${prepRoundSeconds.toFixed(2)} s`);

  const facilitatorTokens = await Promise.all(
    org.groups.map((group) => system.token(group.facilitatorId, 'facilitator', 'leader')),
  );
  const meetings = await timeConcurrently(org.groups, 20, async (group, index) => {
    await ok('POST', `/cycles/${id}/meetings/${group.id}`, facilitatorTokens[index]!, {
      heldAt: new Date().toISOString(),
      attendeeIds: group.memberIds,
      keyPoints: ['Vi deler viden på tværs'],
      inputToChefgruppen: ['Mere tid til ledelse'],
    });
  });
  log(`  møder / meetings: ${meetings.count} in ${meetings.seconds.toFixed(2)} s`);

  const beforeSummary = outboxCount();
  await ok('POST', `/cycles/${id}/summary`, chef, { text: 'Opsamling' });
  // The summary and the request to confirm, to every leader.
  const summaryRoundSeconds = await untilOutboxHas(beforeSummary + 2 * leaders.length);
  log(`  opsamling i udbakken / summary round in the outbox: ${summaryRoundSeconds.toFixed(2)} s`);
  // Leaders confirm once their e-mail has come: by then the worker has recorded the round, and every API replica has
  // read it. Confirmations are measured from there.
  const auditor = await system.token('revisor-1', 'auditor');
  const events = async () => (await ok('GET', `/cycles/${id}/events`, auditor)) as unknown as StoredEvent[];
  for (;;) {
    const stored = await events();
    const recorded = stored.some((event) => event.type === 'NoticeRoundCompleted' && event.data.round === 'summary');
    const views = await Promise.all(system.apiUrls.map(() => ok('GET', `/cycles/${id}`, auditor)));
    if (recorded && views.every((view) => view['revision'] === stored.length - 1)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const leaderTokens = await Promise.all(leaders.map((personId) => system.token(personId, 'leader')));
  // A leader confirms from a page they have just opened: their connection is open. The 50 connections are opened
  // (each API replica's health asked once per connection) before the clock starts.
  await Promise.all(Array.from({ length: 50 }, () => call('GET', '/health', chef)));
  // Passed on after the summary, which the domain requires.
  const cascade = { passedOnAt: new Date().toISOString(), channel: 'personalemøde' };
  let answered2xx = 0;
  const confirmations = await timeConcurrently(leaders, 50, async (personId, index) => {
    const result = await call('POST', `/cycles/${id}/cascades/${personId}`, leaderTokens[index]!, cascade);
    if (result.status >= 200 && result.status < 300) answered2xx += 1;
    else log(`  ! ${personId}: ${result.status} ${JSON.stringify(result.body)}`);
  });
  log(`  bekræftelser / confirmations: ${confirmations.count} in ${confirmations.seconds.toFixed(2)} s`);

  for (;;) {
    const cycle = await ok('GET', `/cycles/${id}`, auditor);
    if (cycle['stage'] === 'completed') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const importToCompletedSeconds = (performance.now() - imported) / 1000;
  const stored = (await events())
    .filter((event) => event.type === 'CascadeConfirmed')
    .map((event) => event.data.personId);
  return {
    leaders: leaders.length,
    groups: org.groups.length,
    meetings,
    prepRoundSeconds,
    summaryRoundSeconds,
    confirmations,
    confirmationsAnswered2xx: answered2xx,
    confirmationsStored: stored.length,
    confirmationsStoredOnce: stored.length === leaders.length && new Set(stored).size === leaders.length,
    importToCompletedSeconds,
  };
}
