import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../postgres-kit/src/testing/postgres-test-database';
import { messageIdFor } from '../message-id';
import { startSmtpCapture } from '../testing/smtp-capture';
import { PostgresSentLog } from './postgres-sent-log';
import { SmtpSender } from './smtp-sender';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sent_log');
});
afterAll(async () => {
  await database?.drop();
});

const message = (key: string) => ({
  idempotencyKey: key,
  to: [{ address: 'anne@example.dk' }],
  subject: 'S',
  text: 'T',
});

describe('PostgresSentLog (a real PostgreSQL, a real SMTP server on loopback)', () => {
  const toClose: Array<{ close(): unknown }> = [];
  afterEach(async () => {
    for (const item of toClose.splice(0).reverse()) await item.close();
  });
  const open = async (schema: string): Promise<PostgresSentLog> => {
    const log = await PostgresSentLog.open(database.url, schema);
    toClose.push(log);
    return log;
  };

  it('five workers opening a new schema at the same moment all succeed (the DDL runs under a lock)', async () => {
    const schema = `m_${randomBytes(6).toString('hex')}`;
    await Promise.all(Array.from({ length: 5 }, () => open(schema)));
  });

  it('records a key, takes the same key again without an error, and another connection sees it', async () => {
    const schema = `m_${randomBytes(6).toString('hex')}`;
    const [mine, theirs] = [await open(schema), await open(schema)];
    expect(await mine.has('k')).toBe(false);
    await mine.add('k', '<first@x>');
    await theirs.add('k', '<second@x>');
    expect(await theirs.has('k')).toBe(true);
    expect(await mine.has('other')).toBe(false);
  });

  it('two senders on two hosts sharing the log deliver a retried message once', async () => {
    const schema = `m_${randomBytes(6).toString('hex')}`;
    const server = await startSmtpCapture();
    toClose.push({ close: () => server.stop() });
    const senderOn = async (): Promise<SmtpSender> => {
      const smtp = new SmtpSender({
        url: server.url,
        sentLog: await PostgresSentLog.open(database.url, schema),
        allowPlaintext: true,
      });
      toClose.push(smtp);
      return smtp;
    };
    const [hostA, hostB] = [await senderOn(), await senderOn()];
    const first = await hostA.send(message('prep/c-1/g-1/p-1'));
    const retried = await hostB.send(message('prep/c-1/g-1/p-1'));
    expect(first).toEqual({ messageId: messageIdFor('prep/c-1/g-1/p-1'), duplicate: false });
    expect(retried).toEqual({ messageId: messageIdFor('prep/c-1/g-1/p-1'), duplicate: true });
    expect(server.received).toHaveLength(1);
  });
});
