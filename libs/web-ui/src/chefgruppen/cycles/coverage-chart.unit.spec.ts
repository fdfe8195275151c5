import type { PageContext } from '../../common/page-context';
import { barWidths, coverageChart, cycleCoverage, groupCoverage } from './coverage-chart';
import { confirmed, publishedCycle, released } from './testing/cycle-state.fixture';
import { NO_DEV_SIGN_IN } from '../../common/dev-sign-in';

const DANISH: PageContext = {
  language: 'da',
  languageChosen: false,
  session: undefined,
  actor: undefined,
  path: '/',
  devSignIn: NO_DEV_SIGN_IN,
};

describe('the cascade coverage per group', () => {
  it('counts each group’s participants, its facilitator included, as confirmed, released or pending', () => {
    const cycle = publishedCycle(confirmed('c-1'), confirmed('l-2'), released('l-3'));

    expect(groupCoverage(cycle, 'g-1')).toEqual({ total: 4, confirmed: 2, released: 0, pending: 2 });
    // l-2 is in both groups, and counts in both.
    expect(groupCoverage(cycle, 'g-2')).toEqual({ total: 3, confirmed: 1, released: 1, pending: 1 });
    // The whole cycle counts each person once: d-1, c-1, l-1, l-2, c-2, l-3.
    expect(cycleCoverage(cycle)).toEqual({ total: 6, confirmed: 2, released: 1, pending: 3 });
  });

  it('draws the confirmed from the left and the released after them, in a box 100 wide', () => {
    expect(barWidths({ total: 3, confirmed: 1, released: 1, pending: 1 })).toEqual({
      confirmed: 33.33,
      released: 33.33,
    });
    expect(barWidths({ total: 4, confirmed: 4, released: 0, pending: 0 })).toEqual({ confirmed: 100, released: 0 });
    expect(barWidths({ total: 0, confirmed: 0, released: 0, pending: 0 })).toEqual({ confirmed: 0, released: 0 });
  });

  it('names the image with the numbers it shows, and writes them out beside it', () => {
    const chart = coverageChart(DANISH, 'Gruppe 2', { total: 3, confirmed: 1, released: 1, pending: 1 }).value;

    expect(chart).toContain('role="img"');
    expect(chart).toContain('aria-label="Gruppe 2: 1 af 3 har bekræftet, 1 fritaget, 1 mangler"');
    expect(chart).toContain('<rect class="confirmed" x="0" y="0" width="33.33" height="10" />');
    expect(chart).toContain('<rect class="released" x="33.33" y="0" width="33.33" height="10" />');
    expect(chart).toContain('<p class="coverage-numbers">1 af 3 har bekræftet, 1 fritaget, 1 mangler</p>');
  });
});
