import { loadConfig } from './config';
import { loadLimitsConfig } from './limits-config';

describe('loadLimitsConfig', () => {
  it('defaults to 10,000 rows, 20 sign-ins and 60 confirmation-link requests a minute, 500 requests a second', () => {
    expect(loadConfig({}).limits).toEqual({
      importMaxRows: 10_000,
      signInPerMinute: 20,
      confirmLinkPerMinute: 60,
      apiPerSecond: 500,
    });
  });

  it('reads every variable', () => {
    expect(
      loadLimitsConfig({
        ORGANISATION_IMPORT_MAX_ROWS: '20000',
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '5',
        RATE_LIMIT_CONFIRM_LINK_PER_MINUTE: ' 10 ',
        RATE_LIMIT_API_PER_SECOND: '2000',
      }).limits,
    ).toEqual({ importMaxRows: 20_000, signInPerMinute: 5, confirmLinkPerMinute: 10, apiPerSecond: 2000 });
  });

  it.each(['0', '-1', '1.5', 'many'])('refuses %s, in Danish and English', (value) => {
    expect(() => loadLimitsConfig({ RATE_LIMIT_API_PER_SECOND: value })).toThrow(
      `RATE_LIMIT_API_PER_SECOND skal være et positivt heltal / must be a positive whole number, got "${value}"`,
    );
  });
});
