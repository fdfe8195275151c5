import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonalDataErasedError } from './person-key-store';
import { ERASED, UNREADABLE } from '@ledelsesrum/domain';
import { PersonalDataVault } from './personal-data-vault';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';

describe('PersonalDataVault with keys in a real SQLite file', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'ledelsesrum-keys-')), 'keys.sqlite');

  it('encrypts so that the plaintext appears nowhere in the stored value, and decrypts it back', async () => {
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(file()));
    const sealed = await vault.encrypt('p-1', 'Åse Ørsted');
    expect(sealed.alg).toBe('A256GCM');
    expect(JSON.stringify(sealed)).not.toContain('Ørsted');
    expect(Buffer.from(sealed.ciphertext, 'base64').toString('utf8')).not.toContain('Ørsted');
    await expect(vault.decrypt('p-1', sealed)).resolves.toBe('Åse Ørsted');
  });

  it('refuses to seal anything but text with INVALID_VALUE, and makes no key for it', async () => {
    const keys = new SqlitePersonKeyStore(file());
    const vault = new PersonalDataVault(keys);
    for (const value of [null, 42, { name: 'Åse' }]) {
      await expect(vault.encrypt('p-1', value as never)).rejects.toMatchObject({ code: 'INVALID_VALUE' });
      await expect(vault.encryptWords('p-1', value as never)).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    }
    await expect(keys.get('p-1')).resolves.toBeUndefined();
  });

  it('uses a fresh nonce for every encryption', async () => {
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(file()));
    const [a, b] = [await vault.encrypt('p-1', 'same'), await vault.encrypt('p-1', 'same')];
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('reads a value as erased once the person’s key is destroyed, while other people stay readable', async () => {
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(file()));
    const anne = await vault.encrypt('p-anne', 'Anne');
    const bo = await vault.encrypt('p-bo', 'Bo');
    await vault.erase('p-anne');
    await expect(vault.decrypt('p-anne', anne)).resolves.toBe(ERASED);
    await expect(vault.decrypt('p-bo', bo)).resolves.toBe('Bo');
  });

  it('reads a value copied onto another person as unreadable (the person id is authenticated)', async () => {
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(file()));
    const anne = await vault.encrypt('p-anne', 'Anne');
    await vault.encrypt('p-bo', 'Bo');
    await expect(vault.decrypt('p-bo', anne)).resolves.toBe(UNREADABLE);
  });

  it('reads a tampered ciphertext as unreadable', async () => {
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(file()));
    const sealed = await vault.encrypt('p-1', 'Anne');
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 0xff;
    await expect(vault.decrypt('p-1', { ...sealed, ciphertext: bytes.toString('base64') })).resolves.toBe(UNREADABLE);
  });

  it('never makes a new key for an erased person, so nothing new can be sealed for them', async () => {
    const path = file();
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(path));
    await vault.encrypt('p-1', 'Anne');
    await vault.erase('p-1');
    await expect(vault.encrypt('p-1', 'Anne again')).rejects.toThrow(PersonalDataErasedError);
    await expect(vault.isErased('p-1')).resolves.toBe(true);
    await expect(new PersonalDataVault(new SqlitePersonKeyStore(path)).isErased('p-1')).resolves.toBe(true);
  });

  it('leaves no copy of a destroyed key in the key file', async () => {
    const path = file();
    const keys = new SqlitePersonKeyStore(path);
    const key = await keys.getOrCreate('p-1');
    await keys.destroy('p-1');
    await keys.close();
    const { readFileSync, existsSync } = await import('node:fs');
    const bytes = Buffer.concat([path, `${path}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    expect(bytes.includes(key)).toBe(false);
  });

  it('keeps keys across reopening the key file, and two connections agree on one key per person', async () => {
    const path = file();
    const first = new SqlitePersonKeyStore(path);
    const second = new SqlitePersonKeyStore(path);
    const [a, b] = await Promise.all([first.getOrCreate('p-1'), second.getOrCreate('p-1')]);
    expect(a.equals(b)).toBe(true);
    const sealed = await new PersonalDataVault(first).encrypt('p-1', 'Anne');
    await first.close();
    await second.close();
    const reopened = new SqlitePersonKeyStore(path);
    await expect(new PersonalDataVault(reopened).decrypt('p-1', sealed)).resolves.toBe('Anne');
    await reopened.close();
  });

  it('seals a person’s words with their key, reads plain words recorded before as they are, and erases both ways', async () => {
    const vault = new PersonalDataVault(new SqlitePersonKeyStore(file()));
    const note = await vault.encryptWords('p-1', 'Svært møde med teamet');
    expect(JSON.stringify(note)).not.toContain('teamet');
    await expect(vault.decryptWords('p-1', note)).resolves.toBe('Svært møde med teamet');
    await expect(vault.decryptWords('p-1', 'skrevet før / written before')).resolves.toBe(
      'skrevet før / written before',
    );
    await vault.erase('p-1');
    await expect(vault.decryptWords('p-1', note)).resolves.toBe(ERASED);
    // Words about a person already erased are sealed under a key nobody keeps, and no key is made for them anew.
    const late = await vault.encryptWords('p-1', 'Fratrådt');
    expect(JSON.stringify(late)).not.toContain('Fratrådt');
    await expect(vault.decryptWords('p-1', late)).resolves.toBe(ERASED);
    await expect(vault.isErased('p-1')).resolves.toBe(true);
  });
});
