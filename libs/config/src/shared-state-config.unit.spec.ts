import { loadConfig } from './config';

describe('where replicas share the per-person keys and the SMTP sent log', () => {
  it('defaults to SQLite files in the data folder', () => {
    const config = loadConfig({ DATA_DIR: '/srv/data' });
    expect(config.personalDataKeys).toEqual({ kind: 'sqlite', file: '/srv/data/personal-data-keys.sqlite' });
    expect(config.notifications.smtpSentLog).toEqual({ kind: 'sqlite', file: '/srv/data/smtp-sent.sqlite' });
  });

  it('takes another file, or a PostgreSQL database for replicas on several hosts', () => {
    const config = loadConfig({
      PERSONAL_DATA_KEYS_FILE: '/keys/k.sqlite',
      SMTP_SENT_LOG_URL: 'postgres://mail:pw@db:5432/ledelsesrum',
    });
    expect(config.personalDataKeys).toEqual({ kind: 'sqlite', file: '/keys/k.sqlite' });
    expect(config.notifications.smtpSentLog).toEqual({
      kind: 'postgres',
      url: 'postgres://mail:pw@db:5432/ledelsesrum',
      localFile: expect.stringMatching(/smtp-sent\.sqlite$/),
    });
    expect(loadConfig({ DATA_DIR: '/d', PERSONAL_DATA_KEYS_URL: 'postgresql://keys@db/k' }).personalDataKeys).toEqual({
      kind: 'postgres',
      url: 'postgresql://keys@db/k',
      localFile: '/d/personal-data-keys.sqlite',
    });
  });

  it('with both a URL and a file, the file is the one the keys were in before (checked at start)', () => {
    expect(
      loadConfig({ PERSONAL_DATA_KEYS_URL: 'postgres://db/k', PERSONAL_DATA_KEYS_FILE: '/k.sqlite' }),
    ).toMatchObject({
      personalDataKeys: { kind: 'postgres', url: 'postgres://db/k', localFile: '/k.sqlite' },
    });
  });

  it('refuses a URL that is not postgres://, without echoing a password', () => {
    let message = '';
    try {
      loadConfig({ SMTP_SENT_LOG_URL: 'mysql://u:hemmelig@db/x' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SMTP_SENT_LOG_URL .*must be a postgres:\/\/ URL/);
    expect(message).not.toContain('hemmelig');
  });
});
