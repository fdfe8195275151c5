import { message } from '@ledelsesrum/messages';
import { inputField, type FormState } from './form-fields';
import { html, type Html } from './html';
import type { PageContext } from './page-context';
import { say, type Text } from './text';

/** The three parts of a date field, each its own text field: `<name>.day`, `<name>.month`, `<name>.year`. */
const PARTS = [
  { part: 'day', label: message('web.forms.date.day'), length: 2, width: 'input-width-xxs', group: 'form-group-day' },
  {
    part: 'month',
    label: message('web.forms.date.month'),
    length: 2,
    width: 'input-width-xxs',
    group: 'form-group-month',
  },
  { part: 'year', label: message('web.forms.date.year'), length: 4, width: 'input-char-4', group: 'form-group-year' },
] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateFieldOptions {
  readonly name: string;
  readonly label: Text;
  readonly hint?: Text;
  readonly required?: boolean;
  /** A moment rather than a day: a fourth field, the time as "9.30" (`<name>.kl`). */
  readonly withTime?: boolean;
}

/** The time field of a moment: one text field, "9.30", with digits and a separator on a phone's keyboard. */
const TIME_PART = { part: 'kl', label: message('web.forms.time.label'), length: 5, width: 'input-width-xs' } as const;

/**
 * A date as the design system enters it: day, month and year in three text fields under one legend, whatever language
 * the browser speaks (a native date field follows the browser's, not the page's). Shows what was typed, else the
 * form's `YYYY-MM-DD` value under the field's name.
 */
export function dateField(context: PageContext, state: FormState, options: DateFieldOptions): Html {
  const { language } = context;
  const { name } = options;
  const error = state.errors[name];
  const given = DATE.exec(text(state.values[name]));
  const typed = (part: string, index: number) =>
    state.values[`${name}.${part}`] !== undefined
      ? text(state.values[`${name}.${part}`])
      : given
        ? String(Number(given[3 - index]))
        : '';
  const example = say(language, message(options.withTime ? 'web.forms.moment.hint' : 'web.forms.date.hint'));
  const hint = options.hint ? `${say(language, options.hint)} ${example}` : example;
  const described = `${name}-hint${error ? ` ${name}-error` : ''}`;
  return html`<div class="form-group field${error ? ' form-error invalid' : ''}">
    <fieldset id="${name}" aria-describedby="${described}">
      <legend class="form-label">${say(language, options.label)}</legend>
      <p class="form-hint hint" id="${name}-hint">${hint}</p>
      ${error ? html`<p class="form-error-message error" id="${name}-error">${say(language, error)}</p>` : ''}
      <div class="date-group">
        ${PARTS.map(
          ({ part, label, length, width, group }, index) =>
            html`<div class="form-group ${group}">
              <label class="form-label" for="${name}-${part}">${say(language, label)}</label>
              <input
                class="form-input ${width}"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                id="${name}-${part}"
                name="${name}.${part}"
                maxlength="${length}"
                value="${typed(part, index)}"
                ${error ? html` aria-invalid="true"` : ''}${options.required ? html` aria-required="true"` : ''}
              />
            </div>`,
        )}
        ${options.withTime ? timePart(context, state, name, error !== undefined) : ''}
      </div>
    </fieldset>
  </div>`;
}

function timePart(context: PageContext, state: FormState, name: string, invalid: boolean): Html {
  const { part, label, length, width } = TIME_PART;
  return html`<div class="form-group form-group-time">
    <label class="form-label" for="${name}-${part}">${say(context.language, label)}</label>
    <input
      class="form-input ${width}"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      id="${name}-${part}"
      name="${name}.${part}"
      maxlength="${length}"
      value="${text(state.values[`${name}.${part}`])}"
      ${invalid ? html` aria-invalid="true"` : ''}
    />
  </div>`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A time of day in one text field, "9.30": digits and a separator on a phone's keyboard (read with readTime). */
export function timeField(
  context: PageContext,
  state: FormState,
  options: { readonly name: string; readonly label: Text; readonly hint: Text },
): Html {
  return inputField(context, state, { ...options, inputMode: 'decimal', width: TIME_PART.width });
}

/** A date read from its three fields: `YYYY-MM-DD`, '' when all three are empty, or the Danish field error. */
export function readDate(fields: Record<string, unknown>, name: string): { value: string } | { error: Text } {
  const [day, month, year] = PARTS.map(({ part }) => text(fields[`${name}.${part}`]).trim());
  if (!day && !month && !year) return { value: '' };
  if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^\d{4}$/.test(year!)) return INVALID_DATE;
  const value = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  // A day that does not exist (31 February) would roll over into March: refused instead.
  const real = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(real.getTime()) && real.toISOString().slice(0, 10) === value ? { value } : INVALID_DATE;
}

const INVALID_DATE = { error: message('web.forms.date.invalid') };

/**
 * A time of day as Danes write it ("9.30", "09.30"; "9:30" and "930" too): `HH:MM`, '' when empty, or the Danish
 * field error. One text field: a native time field shows "01:00 PM" to a browser that speaks English.
 */
export function readTime(fields: Record<string, unknown>, name: string): { value: string } | { error: Text } {
  const typed = text(fields[name]).trim();
  if (!typed) return { value: '' };
  const match = /^(\d{1,2})(?:[.:,]?(\d{2}))?$/.exec(typed);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2] ?? '0');
  if (!match || hours > 23 || minutes > 59) return { error: message('web.forms.time.invalid') };
  return { value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/** `HH:MM` as the time field shows it, the Danish way: "09.30". */
export function danishTime(value: string): string {
  return value.replace(':', '.');
}

/**
 * A moment from a date field with its time (`withTime`): Copenhagen wall time `YYYY-MM-DDTHH:MM`, '' when all four
 * fields are empty, or the Danish error (a date without a time is not yet a moment).
 */
export function readMoment(fields: Record<string, unknown>, name: string): { value: string } | { error: Text } {
  const date = readDate(fields, name);
  const time = readTime(fields, `${name}.${TIME_PART.part}`);
  if ('error' in date) return date;
  if ('error' in time) return time;
  if (!date.value && !time.value) return { value: '' };
  if (!date.value) return INVALID_DATE;
  if (!time.value) return { error: message('web.forms.time.invalid') };
  return { value: `${date.value}T${time.value}` };
}

/** The fields of a date (or a moment) as typed, to show the form again with. */
export function typedDate(fields: Record<string, unknown>, name: string): Record<string, string> {
  return Object.fromEntries(
    [...PARTS.map(({ part }) => part), TIME_PART.part].map((part) => [
      `${name}.${part}`,
      text(fields[`${name}.${part}`]),
    ]),
  );
}
