import { loadConfig } from './config';
import { loadReachConfig } from './reach-config';

describe('loadReachConfig', () => {
  it('shows reach counts from 5 answers by default, and from more when set', () => {
    expect(loadConfig({}).reach).toEqual({ minAnswers: 5 });
    expect(loadReachConfig({ REACH_MIN_ANSWERS: ' 8 ' }).reach).toEqual({ minAnswers: 8 });
  });

  it.each(['4', '0', '-5', '5.5', 'fem'])('refuses %s at start-up, in Danish and English', (value) => {
    expect(() => loadReachConfig({ REACH_MIN_ANSWERS: value })).toThrow(
      `REACH_MIN_ANSWERS skal være et heltal på mindst 5 / must be a whole number of at least 5, got "${value}"`,
    );
  });
});
