import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { messageIdFor } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { startSmtpCapture, type ReceivedMail } from '../testing/smtp-capture';
import { PermanentDeliveryError } from '../notification.port';
import { SqliteSentLog } from './sent-log';
import { SmtpSender } from './smtp-sender';

/** A real SMTP server on loopback that keeps what it is given; it offers no STARTTLS (as if stripped on the way). */
const startServer = startSmtpCapture;

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//ledelsesrum//test//DA',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:cycle-1@ledelsesrum.local',
  'DTSTAMP:20261127T090000Z',
  'DTSTART:20261201T090000Z',
  'DTEND:20261201T100000Z',
  'SUMMARY:Ledelsesmøde i Ærø Kommune',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

function message(key: string, overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    idempotencyKey: key,
    to: [{ address: 'soeren@example.dk', name: 'Søren Ærøe' }, { address: 'anne@example.dk' }],
    subject: 'Forberedelse: ledelsesmøde på Ærø – æøå ÆØÅ',
    text: 'Kære leder,\n\nHusk at forberede jer til mødet. Blåbærgrød og smørrebrød serveres.\n',
    calendar: { method: 'REQUEST', ics },
    attachments: [{ filename: 'dagsorden.txt', contentType: 'text/plain; charset=utf-8', content: 'Punkt 1: Økonomi' }],
    ...overrides,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}

describe('SmtpSender against a real SMTP server', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  const toClose: Array<{ close(): unknown }> = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledelsesrum-smtp-'));
  });

  afterEach(async () => {
    for (const item of toClose.splice(0).reverse()) {
      await item.close();
    }
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  function sender(url: string, log: SqliteSentLog, allowPlaintext = true): SmtpSender {
    const smtp = new SmtpSender({ url, sentLog: log, allowPlaintext });
    toClose.push(smtp);
    return smtp;
  }

  function sentLog(): SqliteSentLog {
    const log = new SqliteSentLog(join(dir, 'sent.sqlite'));
    toClose.push(log);
    return log;
  }

  it('delivers a UTF-8 message with its calendar invitation and attachments', async () => {
    server = await startServer();
    const key = 'prep:cycle-1:person-7';

    const result = await sender(server.url, sentLog()).send(message(key));

    expect(result).toEqual({ messageId: messageIdFor(key), duplicate: false });
    expect(server.received).toHaveLength(1);
    const [delivery] = server.received as [ReceivedMail];
    expect(delivery.from).toBe('no-reply@ledelsesrum.local');
    expect(delivery.to.sort()).toEqual(['anne@example.dk', 'soeren@example.dk']);

    const parsed: ParsedMail = await simpleParser(delivery.raw);
    expect(parsed.messageId).toBe(messageIdFor(key));
    expect(parsed.subject).toBe('Forberedelse: ledelsesmøde på Ærø – æøå ÆØÅ');
    expect(parsed.text).toBe('Kære leder,\n\nHusk at forberede jer til mødet. Blåbærgrød og smørrebrød serveres.\n');
    expect(addresses(parsed.to).sort()).toEqual(['anne@example.dk', 'soeren@example.dk']);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toContain('Søren Ærøe');
    expect(addresses(parsed.from)).toEqual(['no-reply@ledelsesrum.local']);

    const calendarPart = parsed.attachments.find((part) => part.contentType === 'text/calendar');
    expect(calendarPart).toBeDefined();
    const calendarType = calendarPart?.headers.get('content-type') as { params: Record<string, string> };
    expect(calendarType.params['method']).toBe('REQUEST');
    expect(calendarPart?.content.toString('utf8')).toBe(ics);

    const icsFile = parsed.attachments.find((part) => part.filename === 'invitation.ics');
    expect(icsFile).toBeDefined();
    expect(icsFile?.content.toString('utf8')).toBe(ics);

    const agenda = parsed.attachments.find((part) => part.filename === 'dagsorden.txt');
    expect(agenda?.content.toString('utf8')).toBe('Punkt 1: Økonomi');
  });

  it('delivers a key once, also across a new sender on the same sent log', async () => {
    server = await startServer();
    const key = 'prep:cycle-2:person-1';
    const log = sentLog();

    const first = await sender(server.url, log).send(message(key));
    const again = await sender(server.url, log).send(message(key));
    const concurrent = await Promise.all([
      sender(server.url, log).send(message('other')),
      sender(server.url, log).send(message(key)),
    ]);
    const reopened = new SqliteSentLog(join(dir, 'sent.sqlite'));
    toClose.push(reopened);
    const afterRestart = await sender(server.url, reopened).send(message(key));

    expect(first).toEqual({ messageId: messageIdFor(key), duplicate: false });
    expect(again).toEqual({ messageId: messageIdFor(key), duplicate: true });
    expect(concurrent[1]).toEqual({ messageId: messageIdFor(key), duplicate: true });
    expect(afterRestart).toEqual({ messageId: messageIdFor(key), duplicate: true });
    const ids = await Promise.all(
      server.received.map(async (delivery) => (await simpleParser(delivery.raw)).messageId),
    );
    expect(ids).toEqual([messageIdFor(key), messageIdFor('other')]);
  });

  it('refuses to send over smtp:// when the server offers no STARTTLS, records nothing, and says why', async () => {
    server = await startServer({ hideSTARTTLS: true });
    const log = sentLog();
    const key = 'prep:cycle-4:person-1';

    const failure = await sender(server.url, log, false)
      .send(message(key))
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect((failure as Error).message).toContain('could not be encrypted with STARTTLS');
    expect((failure as Error).message).toContain('SMTP_ALLOW_PLAINTEXT=true');
    expect(server.received).toHaveLength(0);
    await expect(log.has(key)).resolves.toBe(false);
  });

  it('refuses plaintext even when the transport settings say to ignore STARTTLS', async () => {
    server = await startServer({ hideSTARTTLS: true });
    const smtp = new SmtpSender({ url: server.url, sentLog: sentLog(), transport: { ignoreTLS: true } });
    toClose.push(smtp);

    await expect(smtp.send(message('prep:cycle-4:person-2'))).rejects.toThrow(/could not be encrypted with STARTTLS/);
    expect(server.received).toHaveLength(0);
  });

  it('sends over the same server when plaintext is allowed (SMTP_ALLOW_PLAINTEXT=true)', async () => {
    server = await startServer({ hideSTARTTLS: true });
    const key = 'prep:cycle-4:person-3';

    const result = await sender(server.url, sentLog(), true).send(message(key));

    expect(result).toEqual({ messageId: messageIdFor(key), duplicate: false });
    expect(server.received).toHaveLength(1);
  });

  it('serialises concurrent sends of one key within a sender', async () => {
    server = await startServer();
    const smtp = sender(server.url, sentLog());

    const results = await Promise.all([smtp.send(message('same')), smtp.send(message('same'))]);

    expect(results.map((result) => result.duplicate).sort()).toEqual([false, true]);
    expect(server.received).toHaveLength(1);
  });

  it('rejects a message refused for good with a PermanentDeliveryError that names no address, and records nothing', async () => {
    server = await startServer({
      onRcptTo(address, _session, callback) {
        const error = new Error(`Mailbox unavailable: <${address.address}>`) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      },
    });
    const log = sentLog();
    const key = 'prep:cycle-3:person-2';

    const failure = await sender(server.url, log)
      .send(message(key))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    expect((failure as Error).message).toMatch(
      /SMTP server did not accept message .*prep:cycle-3:person-2.*550 Mailbox unavailable: <<address>>/,
    );
    expect((failure as Error).message).not.toContain('@example.dk');
    expect(server.received).toHaveLength(0);
    await expect(log.has(key)).resolves.toBe(false);
  });

  it('counts a message some recipients got as sent, and says how many were refused without naming them', async () => {
    server = await startServer({
      onRcptTo(address, _session, callback) {
        if (address.address !== 'anne@example.dk') return callback();
        callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
      },
    });
    const log = sentLog();
    const key = 'prep:cycle-3:person-3';

    const failure = await sender(server.url, log)
      .send(message(key))
      .catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/accepted message .* but rejected 1 of its recipients$/);
    expect((failure as Error).message).not.toContain('anne@example.dk');
    expect(server.received).toHaveLength(1);
    await expect(log.has(key)).resolves.toBe(true);
  });

  it('rejects when the server cannot be reached', async () => {
    server = await startServer();
    const { url } = server;
    await server.stop();
    server = { url, received: [], stop: async () => undefined };
    const log = sentLog();

    await expect(sender(url, log).send(message('unreachable'))).rejects.toThrow(
      /SMTP server did not accept message .*ECONNREFUSED/,
    );
    await expect(log.has('unreachable')).resolves.toBe(false);
  });
});
