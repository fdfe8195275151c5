import {
  createProgressReporter,
  describeProgress,
  formatDuration,
  groupDigits,
  progressFigures,
  type ProgressOutput,
} from './progress';

const verb = { da: 'verificeret', en: 'verified' };
const unit = { da: 'hændelser', en: 'events' };

/** A clock the test moves by hand, and an output that keeps what was written. */
function harness(isTTY: boolean, options: { intervalMs?: number; everyPercent?: number; total?: number } = {}) {
  let clock = 1_000_000;
  const written: string[] = [];
  const output: ProgressOutput = { isTTY, columns: 200, write: (text: string) => written.push(text) };
  const reporter = createProgressReporter({ verb, unit, output, now: () => clock, ...options });
  return {
    reporter,
    written,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('progress arithmetic', () => {
  it('derives per cent, rate and time left from done, total and elapsed time', () => {
    expect(progressFigures(120_000, 1_000_000, 3_000)).toEqual({
      done: 120_000,
      total: 1_000_000,
      percent: 12,
      ratePerSecond: 40_000,
      secondsLeft: 22,
      elapsedSeconds: 3,
    });
  });

  it('rounds time left up, and leaves out what it cannot know', () => {
    expect(progressFigures(1, 4, 1_000).secondsLeft).toBe(3);
    expect(progressFigures(10, 3, 1_000)).toMatchObject({ percent: 100, secondsLeft: 0 });
    expect(progressFigures(0, 100, 0)).toMatchObject({ ratePerSecond: 0, secondsLeft: undefined });
    expect(progressFigures(50, undefined, 1_000)).toMatchObject({ percent: undefined, secondsLeft: undefined });
  });

  it('groups digits the Danish and the English way, and writes durations', () => {
    expect(groupDigits(1_234_567, '.')).toBe('1.234.567');
    expect(groupDigits(1_234_567, ',')).toBe('1,234,567');
    expect(groupDigits(999, '.')).toBe('999');
    expect(groupDigits(39_999.6, '.')).toBe('40.000');
    expect(formatDuration(22, 'da')).toBe('22 s');
    expect(formatDuration(185, 'en')).toBe('3 min 5 s');
    expect(formatDuration(3_720, 'da')).toBe('1 t 2 min');
    expect(formatDuration(3_720, 'en')).toBe('1 h 2 min');
  });

  it('words a line Danish first, English after " / "', () => {
    expect(describeProgress(progressFigures(120_000, 1_000_000, 3_000), verb, unit)).toBe(
      'verificeret 120.000 af 1.000.000 hændelser (12 %), 40.000/s, ca. 22 s tilbage / ' +
        'verified 120,000 of 1,000,000 events (12 %), 40,000/s, about 22 s left',
    );
    expect(describeProgress(progressFigures(5_000, undefined, 2_000), verb, unit)).toBe(
      'verificeret 5.000 hændelser, 2.500/s / verified 5,000 events, 2,500/s',
    );
  });
});

describe('progress on a plain output (not a terminal)', () => {
  it('writes a line each time another 10 % is done, and a final line with the time taken', () => {
    const { reporter, written, advance } = harness(false, { total: 1_000 });
    for (let done = 50; done <= 1_000; done += 50) {
      advance(100);
      reporter.update(done);
    }
    reporter.finish();
    expect(written).toHaveLength(10);
    expect(written[0]).toBe(
      'verificeret 100 af 1.000 hændelser (10 %), 500/s, ca. 2 s tilbage / ' +
        'verified 100 of 1,000 events (10 %), 500/s, about 2 s left\n',
    );
    expect(written[8]).toMatch(/^verificeret 900 af 1\.000 hændelser \(90 %\)/);
    expect(written[9]).toBe(
      'verificeret 1.000 af 1.000 hændelser (100 %), 500/s, på 2 s / verified 1,000 of 1,000 events (100 %), 500/s, in 2 s\n',
    );
    expect(written.every((line) => !line.includes('\r'))).toBe(true);
  });

  it('writes at least every interval when the share barely moves or the total is unknown', () => {
    const { reporter, written, advance } = harness(false, { intervalMs: 5_000 });
    reporter.update(10);
    advance(4_999);
    reporter.update(20);
    expect(written).toEqual([]);
    advance(1);
    reporter.update(30_000);
    expect(written).toEqual(['verificeret 30.000 hændelser, 6.000/s / verified 30,000 events, 6,000/s\n']);
    advance(1_000);
    reporter.update(36_000);
    expect(written).toHaveLength(1);
  });

  it('takes a total that becomes known later, and finish() writes once', () => {
    const { reporter, written, advance } = harness(false);
    advance(1_000);
    reporter.update(400, 1_000);
    expect(written[0]).toContain('verificeret 400 af 1.000 hændelser (40 %), 400/s, ca. 2 s tilbage');
    reporter.finish();
    reporter.finish();
    reporter.update(1_000);
    expect(written).toHaveLength(2);
  });
});

describe('progress on a terminal', () => {
  it('redraws one line in place with a bar, and ends it with the final line', () => {
    const { reporter, written, advance } = harness(true, { total: 1_000 });
    advance(1_000);
    reporter.update(250);
    advance(50);
    reporter.update(260); // within 100 ms of the last redraw: skipped
    advance(100);
    reporter.update(500);
    reporter.finish();
    expect(written).toHaveLength(4);
    expect(written[0]).toBe(
      '\r\x1b[K[█████░░░░░░░░░░░░░░░]  25 %  250/1.000 hændelser / events  250/s  ca. / about 3 s',
    );
    expect(written[1]).toMatch(/^\r\x1b\[K\[██████████░{10}\]  50 %  500\/1\.000/);
    expect(written[2]).toBe('\r\x1b[K');
    expect(written[3]).toMatch(/^verificeret 500 af 1\.000 hændelser \(50 %\).*\n$/);
  });
});
