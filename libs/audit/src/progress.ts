import type { Bilingual } from '@ledelsesrum/messages';

/**
 * Progress for long work (verifying or replaying a million events). On a terminal: one line redrawn in place with a
 * bar, done/total, rate and time left. Otherwise (a log file, CI): a plain line every `intervalMs` or every
 * `everyPercent` per cent, whichever comes first, so a log shows the run is alive without drowning in lines.
 * Danish first, English after " / ".
 */

/** Where the lines go: `process.stderr` fits; a TTY is redrawn in place. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** A word in both languages, e.g. `{ da: 'hændelser', en: 'events' }`. */
export type Words = Bilingual;

export interface ProgressOptions {
  /** What is being done, in the past tense: `{ da: 'verificeret', en: 'verified' }`. */
  readonly verb: Words;
  /** What is counted: `{ da: 'hændelser', en: 'events' }`. */
  readonly unit: Words;
  readonly output: ProgressOutput;
  /** Known up front, or later through `update(done, total)`. */
  readonly total?: number;
  /** Milliseconds since some fixed moment; injected in tests. Default `Date.now`. */
  readonly now?: () => number;
  /** Non-TTY: at most this long between two lines. Default 10 000 ms. */
  readonly intervalMs?: number;
  /** Non-TTY: a line each time the share done passes a multiple of this. Default 10. */
  readonly everyPercent?: number;
  /** TTY: the least time between two redraws. Default 100 ms. */
  readonly redrawMs?: number;
}

export interface ProgressReporter {
  /** `done` so far, and the total when it has become known. Cheap: call it as often as you like. */
  update(done: number, total?: number): void;
  /** Writes the final line (on a TTY: ends the line being redrawn). Safe to call twice. */
  finish(): void;
}

/** What one line says; the arithmetic apart from the wording, so that it can be tested on its own. */
export interface ProgressFigures {
  readonly done: number;
  readonly total?: number;
  /** Whole per cent, 0–100, when the total is known. */
  readonly percent?: number;
  /** Units per second since the start. */
  readonly ratePerSecond: number;
  /** Seconds left at the current rate, when the total is known and the rate is not zero. */
  readonly secondsLeft?: number;
  readonly elapsedSeconds: number;
}

export function progressFigures(done: number, total: number | undefined, elapsedMs: number): ProgressFigures {
  const elapsedSeconds = elapsedMs / 1000;
  const ratePerSecond = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const known = total !== undefined && total > 0;
  const percent = known ? Math.min(100, Math.floor((done / total) * 100)) : undefined;
  const remaining = known ? Math.max(0, total - done) : undefined;
  const secondsLeft = remaining !== undefined && ratePerSecond > 0 ? Math.ceil(remaining / ratePerSecond) : undefined;
  return { done, total: known ? total : undefined, percent, ratePerSecond, secondsLeft, elapsedSeconds };
}

/** 1234567 → "1.234.567" (da) or "1,234,567" (en); written out by hand so the output does not depend on ICU. */
export function groupDigits(value: number, separator: '.' | ','): string {
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return value < 0 ? `-${grouped}` : grouped;
}

/** 22 → "22 s"; 185 → "3 min 5 s"; 3720 → "1 t 2 min" (da) / "1 h 2 min" (en). */
export function formatDuration(seconds: number, language: 'da' | 'en'): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  if (hours > 0) return `${hours} ${language === 'da' ? 't' : 'h'} ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${rest} s`;
  return `${rest} s`;
}

/** The plain line: "verificeret 120.000 af 1.000.000 hændelser (12 %), 40.000/s, ca. 22 s tilbage / verified …". */
export function describeProgress(figures: ProgressFigures, verb: Words, unit: Words, finished = false): string {
  const half = (language: 'da' | 'en', words: Words): string => {
    const sep = language === 'da' ? '.' : ',';
    const of =
      figures.total === undefined ? '' : ` ${language === 'da' ? 'af' : 'of'} ${groupDigits(figures.total, sep)}`;
    const percent = figures.percent === undefined ? '' : ` (${figures.percent} %)`;
    const parts = [`${verb[language]} ${groupDigits(figures.done, sep)}${of} ${words[language]}${percent}`];
    parts.push(`${groupDigits(figures.ratePerSecond, sep)}/s`);
    if (finished) {
      parts.push(`${language === 'da' ? 'på' : 'in'} ${formatDuration(figures.elapsedSeconds, language)}`);
    } else if (figures.secondsLeft !== undefined) {
      const left = formatDuration(figures.secondsLeft, language);
      parts.push(language === 'da' ? `ca. ${left} tilbage` : `about ${left} left`);
    }
    return parts.join(', ');
  };
  return `${half('da', unit)} / ${half('en', unit)}`;
}

/** The terminal line: "[██████░░░░░░░░░░░░░░]  12 %  120.000/1.000.000 hændelser / events  40.000/s  ca. / about 22 s". */
export function describeProgressBar(figures: ProgressFigures, unit: Words, width = 20): string {
  const filled = Math.round(((figures.percent ?? 0) / 100) * width);
  const bar =
    figures.total === undefined
      ? ''
      : `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(figures.percent).padStart(3)} %  `;
  const count = `${groupDigits(figures.done, '.')}${figures.total === undefined ? '' : `/${groupDigits(figures.total, '.')}`}`;
  const left = figures.secondsLeft === undefined ? '' : `  ca. / about ${formatDuration(figures.secondsLeft, 'da')}`;
  return `${bar}${count} ${unit.da} / ${unit.en}  ${groupDigits(figures.ratePerSecond, '.')}/s${left}`;
}

/** Creates a reporter writing to `options.output`; nothing is written before the first `update`. */
export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 10_000;
  const everyPercent = options.everyPercent ?? 10;
  const redrawMs = options.redrawMs ?? 100;
  const tty = options.output.isTTY === true;
  const started = now();
  let total = options.total;
  let done = 0;
  let lastWrite = started;
  let lastStep = 0;
  let drawn = false;
  let finished = false;

  const figures = (): ProgressFigures => progressFigures(done, total, now() - started);
  const redraw = (): void => {
    const line = describeProgressBar(figures(), options.unit);
    const columns = options.output.columns;
    options.output.write(
      `\r\x1b[K${columns !== undefined && line.length >= columns ? line.slice(0, columns - 1) : line}`,
    );
    drawn = true;
  };

  return {
    update(nextDone, nextTotal) {
      if (finished) return;
      done = nextDone;
      if (nextTotal !== undefined) total = nextTotal;
      const at = now();
      if (tty) {
        if (!drawn || at - lastWrite >= redrawMs) {
          redraw();
          lastWrite = at;
        }
        return;
      }
      const current = figures();
      const step = current.percent === undefined ? lastStep : Math.floor(current.percent / everyPercent);
      if (at - lastWrite >= intervalMs || (step > lastStep && (current.percent ?? 0) < 100)) {
        options.output.write(`${describeProgress(current, options.verb, options.unit)}\n`);
        lastWrite = at;
      }
      lastStep = step;
    },
    finish() {
      if (finished) return;
      finished = true;
      if (tty) {
        if (drawn) options.output.write('\r\x1b[K');
      }
      options.output.write(`${describeProgress(figures(), options.verb, options.unit, true)}\n`);
    },
  };
}
