import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { cycleStreamId } from '@ledelsesrum/domain';
import { PostgresEventStore } from '@ledelsesrum/event-store-postgres';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import { startSmtpCapture, type SmtpCapture } from '../../libs/notifications/src/testing/smtp-capture';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(300_000);

/**
 * Replicas on separate hosts: two APIs and two workers, each with a data folder of its own, share nothing but
 * PostgreSQL (events, per-person keys, the SMTP sent log), Temporal and the SMTP server. What one API encrypts the
 * other and both workers can read; what one erases is erased for all; every message goes out once.
 */
describe('two API and two worker replicas on separate hosts (own data folders; keys and sent log in PostgreSQL)', () => {
  let database: TestDatabase;
  let keysDatabase: TestDatabase;
  let smtp: SmtpCapture;
  let system: SystemUnderTest | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('e2e_hosts');
    // The keys in a database of their own, as docs/operations.md advises: backups of the events then hold no keys.
    keysDatabase = await createTestDatabase('e2e_hosts_keys');
    smtp = await startSmtpCapture();
    system = await startSystem({
      env: {
        EVENT_STORE: 'postgres',
        EVENT_STORE_URL: database.url,
        PERSONAL_DATA_KEYS_URL: keysDatabase.url,
        SMTP_SENT_LOG_URL: database.url,
        SMTP_URL: smtp.url,
        SMTP_ALLOW_PLAINTEXT: 'true',
        CHEFGRUPPEN_EMAIL: 'chefgruppen@kommune.test',
      },
      replicas: { api: 2, worker: 2 },
      dataDirPerProcess: true,
    });
  });
  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
    await database?.drop();
    await keysDatabase?.drop();
  });

  it('reads each other’s personal data, sends every message once, and erases for all', async () => {
    const sut = system!;
    const [one, two] = sut.baseUrls.map((baseUrl) => apiClient(baseUrl)) as [
      ReturnType<typeof apiClient>,
      ReturnType<typeof apiClient>,
    ];
    const chef = await sut.token('chef-1', 'chefgruppen');
    const org = organisationFixture(2, 3);

    // Imported through API 1, which makes each person's key; API 2 decrypts the same names with the same keys.
    expect((await one('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    const [fromOne, fromTwo] = await Promise.all([
      one('GET', '/organisation', { token: chef }),
      two('GET', '/organisation', { token: chef }),
    ]);
    expect(fromTwo).toEqual(fromOne);
    const names = (body: { people: { id: string; name: string }[] }) =>
      Object.fromEntries(body.people.map((person) => [person.id, person.name]));
    expect(names(fromTwo.body)).toEqual(Object.fromEntries(org.people.map((person) => [person.id, person.name])));

    // A whole cycle through API 2; the workers address and name everyone with the keys API 1 made.
    const cycleId = await cycleAtStage(sut, two, org.groups, 'completed');
    // The workflow ends once its last round of messages is recorded.
    const temporal = sut.temporalClient();
    try {
      await temporal.workflow.getHandle(cycleWorkflowId(cycleId)).result();
    } finally {
      await temporal.connection.close();
    }
    const store = await PostgresEventStore.open(database.url);
    const sent = (await store.readStream(cycleStreamId(cycleId))).filter((e) => e.type === 'NotificationSent');
    await store.close();
    await until(async () => smtp.received.length >= sent.length, `${sent.length} messages at the SMTP server`);
    const parsed = await Promise.all(smtp.received.map((mail) => simpleParser(mail.raw)));
    const messageIds = parsed.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(messageIds.sort()).toEqual(sent.map((event) => (event.data as { messageId: string }).messageId).sort());
    const prep = parsed.filter((mail) => /Forberedelse|Prep/i.test(mail.subject ?? ''));
    expect(
      prep.flatMap((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : [])).sort(),
    ).toEqual(org.people.map((person) => person.email).sort());

    // Erased through API 2: both APIs show the person as erased, the key is gone for every replica.
    const erased = org.people[1]!;
    expect((await two('DELETE', `/people/${erased.id}/personal-data`, { token: chef })).status).toBe(200);
    for (const call of [one, two]) {
      const person = (await call('GET', '/organisation', { token: chef })).body.people.find(
        (p: { id: string }) => p.id === erased.id,
      );
      expect(person.name).toBe('[slettet / erased]');
    }

    // Health names the key store; once its database is gone, every API answers 503 and says which part is down.
    expect((await one('GET', '/health')).body.personalDataKeys).toEqual({ kind: 'postgres', reachable: true });
    await keysDatabase.drop();
    for (const call of [one, two]) {
      expect(await call('GET', '/health')).toMatchObject({
        status: 503,
        body: { eventStore: { reachable: true }, personalDataKeys: { kind: 'postgres', reachable: false } },
      });
    }

    // None of that state is kept on a host: no process's data folder holds an event store, a key file or a sent log.
    for (const folder of readdirSync(sut.dataDir).filter((name) => !name.endsWith('.log'))) {
      for (const file of ['events.sqlite', 'personal-data-keys.sqlite', 'smtp-sent.sqlite']) {
        expect(existsSync(join(sut.dataDir, folder, file))).toBe(false);
      }
    }
  });
});
