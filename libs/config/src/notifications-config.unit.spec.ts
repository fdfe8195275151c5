import { loadNotificationsConfig } from './notifications-config';

describe('loadNotificationsConfig: the outbox’s retention', () => {
  it('keeps outbox files 90 days unless OUTBOX_RETENTION_DAYS says otherwise', () => {
    expect(loadNotificationsConfig({}, '/data').notifications.outboxRetentionDays).toBe(90);
    expect(loadNotificationsConfig({ OUTBOX_RETENTION_DAYS: '' }, '/data').notifications.outboxRetentionDays).toBe(90);
    expect(loadNotificationsConfig({ OUTBOX_RETENTION_DAYS: '30' }, '/data').notifications.outboxRetentionDays).toBe(
      30,
    );
  });

  it.each(['0', '-5', '1.5', 'tre', '3651'])('refuses OUTBOX_RETENTION_DAYS=%s, naming the setting', (raw) => {
    expect(() => loadNotificationsConfig({ OUTBOX_RETENTION_DAYS: raw }, '/data')).toThrow(/OUTBOX_RETENTION_DAYS/);
  });
});
