import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';
import { describePersonKeyStoreConformance } from './testing/person-key-store-conformance';

let file = '';
describePersonKeyStoreConformance('SqlitePersonKeyStore (a real SQLite file)', {
  async open() {
    file = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-keys-')), 'keys.sqlite');
    return new SqlitePersonKeyStore(file);
  },
  async openAnother() {
    return new SqlitePersonKeyStore(file);
  },
});
