import { loadConfig } from './config';
import { loadLimitsConfig } from './limits-config';

describe('loadLimitsConfig', () => {
  it('defaults to 10,000 rows, 20 sign-ins, 60 confirmation-link and 30 workplace-page requests a minute, 200 answers a workplace an hour, 500 requests a second', () => {
    expect(loadConfig({}).limits).toEqual({
      importMaxRows: 10_000,
      signInPerMinute: 20,
      confirmLinkPerMinute: 60,
      workplacePagePerMinute: 30,
      reachPerWorkplacePerHour: 200,
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
        RATE_LIMIT_WORKPLACE_PAGE_PER_MINUTE: '7',
        REACH_ANSWERS_PER_WORKPLACE_PER_HOUR: '40',
      }).limits,
    ).toEqual({
      importMaxRows: 20_000,
      signInPerMinute: 5,
      confirmLinkPerMinute: 10,
      workplacePagePerMinute: 7,
      reachPerWorkplacePerHour: 40,
      apiPerSecond: 2000,
    });
  });

  it.each(['0', '-1', '1.5', 'many'])('refuses %s, in Danish and English', (value) => {
    expect(() => loadLimitsConfig({ RATE_LIMIT_API_PER_SECOND: value })).toThrow(
      `RATE_LIMIT_API_PER_SECOND skal være et positivt heltal / must be a positive whole number, got "${value}"`,
    );
  });
});
