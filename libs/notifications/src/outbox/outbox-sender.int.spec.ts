import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { idempotencyHash, messageIdFor } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { OutboxSender } from './outbox-sender';

/** The messages in the folder: its `.eml` files, not the hidden claims beside them. */
async function messageFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => !name.startsWith('.'));
}

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
  'SUMMARY:Ledelsesmøde på Ærø',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

function message(key: string, overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    idempotencyKey: key,
    to: [{ address: 'soeren@example.dk', name: 'Søren Ærøe' }, { address: 'anne@example.dk' }],
    subject: 'Forberedelse: ledelsesmøde på Ærø – æøå ÆØÅ',
    text: 'Kære leder,\n\nHusk at forberede jer. Blåbærgrød serveres.\n',
    html: '<p>Kære leder,</p><p>Husk at forberede jer. Blåbærgrød serveres.</p>',
    calendar: { method: 'REQUEST', ics },
    attachments: [{ filename: 'dagsorden.txt', contentType: 'text/plain; charset=utf-8', content: 'Punkt 1: Økonomi' }],
    ...overrides,
  };
}

describe('OutboxSender', () => {
  let root: string;
  let folder: string;
  const now = () => new Date('2026-11-27T09:15:30.123Z');

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ledelsesrum-outbox-'));
    folder = join(root, 'data', 'outbox');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates the folder and writes one RFC 5322 file per message', async () => {
    const outbox = new OutboxSender({ folder, now });
    const key = 'prep:cycle-1:person-7';

    const result = await outbox.send(message(key));

    expect(result).toEqual({ messageId: messageIdFor(key), duplicate: false });
    const files = await messageFiles(folder);
    expect(files).toEqual([`2026-11-27T09-15-30.123Z-${idempotencyHash(key).slice(0, 16)}.eml`]);
    await expect(outbox.fileFor(key)).resolves.toBe(join(folder, files[0] as string));

    const raw = await readFile(join(folder, files[0] as string));
    expect(raw.toString('latin1')).toMatch(/^[\x20-\x7e\r\n\t]*$/); // 7-bit clean: every non-ASCII letter is encoded
    expect(raw.toString('latin1')).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw.toString('latin1')).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);

    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(messageIdFor(key));
    expect(parsed.subject).toBe('Forberedelse: ledelsesmøde på Ærø – æøå ÆØÅ');
    expect(parsed.text).toBe('Kære leder,\n\nHusk at forberede jer. Blåbærgrød serveres.\n');
    expect(parsed.html).toContain('Blåbærgrød');
    expect(parsed.date).toBeInstanceOf(Date);
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((object) => object?.value.map((entry) => entry.address))).toEqual([
      'soeren@example.dk',
      'anne@example.dk',
    ]);
    expect(to[0]?.value[0]?.name).toBe('Søren Ærøe');
    expect(parsed.from?.value).toEqual([{ name: 'ledelsesrum', address: 'no-reply@ledelsesrum.local' }]);

    const calendarPart = parsed.attachments.find((part) => part.contentType === 'text/calendar');
    const calendarType = calendarPart?.headers.get('content-type') as { params: Record<string, string> } | undefined;
    expect(calendarType?.params['method']).toBe('REQUEST');
    expect(calendarPart?.content.toString('utf8')).toBe(ics);
    const icsFile = parsed.attachments.find((part) => part.filename === 'invitation.ics');
    expect(icsFile?.content.toString('utf8')).toBe(ics);
    expect(parsed.attachments.find((part) => part.filename === 'dagsorden.txt')?.content.toString('utf8')).toBe(
      'Punkt 1: Økonomi',
    );
  });

  it('uses a configured From and leaves out the calendar when there is none', async () => {
    const outbox = new OutboxSender({ folder, from: 'Ærø Kommune <ledelse@aeroe.dk>' });

    await outbox.send(message('plain', { calendar: undefined, attachments: undefined, html: undefined }));

    const [file] = await messageFiles(folder);
    const parsed = await simpleParser(await readFile(join(folder, file as string)));
    expect(parsed.from?.value).toEqual([{ name: 'Ærø Kommune', address: 'ledelse@aeroe.dk' }]);
    expect(parsed.attachments).toEqual([]);
    expect(parsed.html).toBe(false);
  });

  it('writes nothing for a key it has already written, also from a new instance', async () => {
    const key = 'prep:cycle-2:person-1';
    const first = await new OutboxSender({ folder }).send(message(key));
    const filesBefore = await messageFiles(folder);

    const again = await new OutboxSender({ folder }).send(message(key, { subject: 'Ændret emne' }));

    expect(first).toEqual({ messageId: messageIdFor(key), duplicate: false });
    expect(again).toEqual({ messageId: messageIdFor(key), duplicate: true });
    expect(await messageFiles(folder)).toEqual(filesBefore);
  });

  it('writes one file for concurrent sends of one key', async () => {
    const outbox = new OutboxSender({ folder });

    const results = await Promise.all([outbox.send(message('same')), outbox.send(message('same'))]);

    expect(results.map((result) => result.duplicate).sort()).toEqual([false, true]);
    expect(await messageFiles(folder)).toHaveLength(1);
  });

  it('writes one file for a key sent by two processes sharing the folder, each with its own listing', async () => {
    // Two workers on one host: both listed the folder before either sent anything.
    const [one, two] = [new OutboxSender({ folder }), new OutboxSender({ folder })];
    await Promise.all([one.open(), two.open()]);

    const results = await Promise.all(
      ['prep:cycle-9:a', 'prep:cycle-9:b'].flatMap((key) => [one.send(message(key)), two.send(message(key))]),
    );

    expect(results.filter((result) => !result.duplicate)).toHaveLength(2);
    expect(await messageFiles(folder)).toHaveLength(2);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes different files for different keys and leaves no temp files', async () => {
    const outbox = new OutboxSender({ folder, now });
    const keys = ['prep:cycle-3:a', 'prep:cycle-3:b', 'prep:cycle-3:c'];

    await Promise.all(keys.map((key) => outbox.send(message(key))));
    await outbox.close();

    const files = (await messageFiles(folder)).sort();
    expect(files).toEqual(
      keys.map((key) => `2026-11-27T09-15-30.123Z-${idempotencyHash(key).slice(0, 16)}.eml`).sort(),
    );
    expect(files.every((name) => name.endsWith('.eml') && !name.startsWith('.'))).toBe(true);
  });

  it('removes the temp file a crash left mid-write when it starts, and sends that message in full', async () => {
    const key = 'prep:cycle-4:person-1';
    const suffix = idempotencyHash(key).slice(0, 16);
    await mkdir(folder, { recursive: true });
    // What a worker killed between opening and renaming leaves: half a message under a hidden temp name, from long
    // enough ago that it is no other worker's write in progress.
    const temp = join(folder, `.${suffix}-4242-0a0b0c0d.tmp`);
    await writeFile(temp, 'From: half a mess');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(temp, anHourAgo, anHourAgo);

    const sent = await new OutboxSender({ folder, now }).send(message(key));

    expect(sent).toEqual({ messageId: messageIdFor(key), duplicate: false });
    expect(await messageFiles(folder)).toEqual([`2026-11-27T09-15-30.123Z-${suffix}.eml`]);
    const parsed = await simpleParser(await readFile(join(folder, `2026-11-27T09-15-30.123Z-${suffix}.eml`)));
    expect(parsed.subject).toBe('Forberedelse: ledelsesmøde på Ærø – æøå ÆØÅ');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the folder and every file to its owner (0700, 0600), also a folder and files made before', async () => {
    await mkdir(folder, { recursive: true, mode: 0o755 });
    await writeFile(join(folder, `2026-01-01T00-00-00.000Z-${'0'.repeat(16)}.eml`), 'From: old', { mode: 0o644 });
    const outbox = new OutboxSender({ folder, now });
    await outbox.send(message('prep:cycle-5:person-1'));

    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    const modes = await Promise.all((await readdir(folder)).map(async (name) => (await stat(join(folder, name))).mode));
    // The file made before, the new message, and the new message's claim (a hard link to it).
    expect(modes).toHaveLength(3);
    expect(modes.map((mode) => mode & 0o777)).toEqual([0o600, 0o600, 0o600]);
  });

  it('removes the files sent before the retention cut-off and keeps the rest', async () => {
    const outbox = new OutboxSender({ folder, now });
    await outbox.send(message('prep:cycle-6:old'));
    await outbox.send(message('prep:cycle-6:new'));
    const old = (await outbox.fileFor('prep:cycle-6:old'))!;
    const hundredDaysAgo = new Date(Date.now() - 100 * 24 * 60 * 60 * 1000);
    await utimes(old, hundredDaysAgo, hundredDaysAgo);

    expect(await outbox.removeSentBefore(new Date(Date.now() - 90 * 24 * 60 * 60 * 1000))).toBe(1);

    expect(await messageFiles(folder)).toEqual([basename((await outbox.fileFor('prep:cycle-6:new'))!)]);
    expect(await outbox.fileFor('prep:cycle-6:old')).toBeUndefined();
  });

  it('removes every file that goes to or names an erased person, found by their id, and no other', async () => {
    const outbox = new OutboxSender({ folder, now });
    await outbox.send(message('prep:cycle-7:p-1', { personIds: ['p-1', 'p-facilitator'] }));
    await outbox.send(message('escalation:cycle-7:p-facilitator', { personIds: ['p-facilitator', 'p-1', 'p-2'] }));
    await outbox.send(message('prep:cycle-7:p-2', { personIds: ['p-2', 'p-facilitator'] }));
    await outbox.send(message('prep:cycle-7:p-10', { personIds: ['p-10'] }));
    const kept = [(await outbox.fileFor('prep:cycle-7:p-2'))!, (await outbox.fileFor('prep:cycle-7:p-10'))!];

    // Restarted: a new sender finds the files by their marker, not by what it wrote itself.
    expect(await new OutboxSender({ folder, now }).removeAbout(new Set(['p-1']))).toBe(2);

    expect((await messageFiles(folder)).sort()).toEqual(kept.map((file) => basename(file)).sort());
    for (const file of kept) expect(await readFile(file, 'utf8')).not.toMatch(/X-Ledelsesrum-People:.*\bp-1\b/);
  });
});
