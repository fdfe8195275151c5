import { message } from '@ledelsesrum/messages';
import { html, type Html } from './html';
import type { PageContext } from './page-context';
import type { FieldErrors } from './read-form';
import { say, type Text } from './text';

/** What a form shows again after an error: the values typed and each field's error. */
export interface FormState {
  readonly values: Readonly<Record<string, string | readonly string[]>>;
  readonly errors: FieldErrors;
}

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

interface FieldOptions {
  readonly name: string;
  readonly label: Text;
  readonly hint?: Text;
  /** Which command paths' errors belong to this field (default: the name, and paths under it such as `items.0.title`). */
  readonly errorPaths?: readonly string[];
  readonly required?: boolean;
  readonly maxLength?: number;
}

/** The hidden field each form posts back, proving it came from a page of this site (see WebSessionGuard). */
export function csrfField(context: PageContext): Html {
  return context.session ? html`<input type="hidden" name="_csrf" value="${context.session.csrf}" />` : html``;
}

/**
 * The list of errors at the top of a form, each a link to its field (the design system's error summary). It takes the
 * focus as the page loads (`autofocus`, no script needed), so after a refused submit the reader starts at the list, on
 * a phone too, where it would otherwise be above the screen.
 */
export function errorSummary(context: PageContext, state: FormState, labels: Readonly<Record<string, Text>>): Html {
  const entries = Object.entries(state.errors);
  if (entries.length === 0) return html``;
  const { language } = context;
  const items = entries.map(([path, error]) => {
    const field = Object.keys(labels).find((name) => path === name || path.startsWith(`${name}.`)) ?? path;
    const label = labels[field];
    return html`<li>
      <a class="function-link" href="#${field}">${label ? `${say(language, label)}: ` : ''}${say(language, error)}</a>
    </li>`;
  });
  return html`<div class="alert alert-error summary-errors" role="alert" tabindex="-1" autofocus>
    <div class="alert-body">
      <h2 class="alert-heading">${say(language, message('web.common.form.correct'))}</h2>
      <ul class="alert-text nobullet-list">
        ${items}
      </ul>
    </div>
  </div>`;
}

function errorFor(state: FormState, options: FieldOptions): Text | undefined {
  const paths = options.errorPaths ?? [options.name];
  const hit = Object.entries(state.errors).find(([path]) =>
    paths.some((candidate) => path === candidate || path.startsWith(`${candidate}.`)),
  );
  return hit?.[1];
}

function valueOf(state: FormState, name: string): string {
  const value = state.values[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Label, hint and error wired to the control with aria-describedby, so a screen reader says all three. A required
 * field says so with aria-required only: the forms are `novalidate`, and the server's message is the only one.
 */
function wrap(context: PageContext, state: FormState, options: FieldOptions, control: (aria: Html) => Html): Html {
  const error = errorFor(state, options);
  const aria = html`${describedBy(options, error)}${error ? html` aria-invalid="true"` : ''}${
    options.required ? html` aria-required="true"` : ''
  }${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}`;
  return html`<div class="form-group field${error ? ' form-error invalid' : ''}">
    <label class="form-label" for="${options.name}">${say(context.language, options.label)}</label>
    ${hintAndError(context, options, error)} ${control(aria)}
  </div>`;
}

function describedBy(options: FieldOptions, error: Text | undefined): Html {
  const ids = [options.hint ? `${options.name}-hint` : '', error ? `${options.name}-error` : ''].filter(Boolean);
  return ids.length ? html` aria-describedby="${ids.join(' ')}"` : html``;
}

function hintAndError(context: PageContext, options: FieldOptions, error: Text | undefined): Html {
  const { language } = context;
  return html`${options.hint ? html`<p class="form-hint hint" id="${options.name}-hint">${say(language, options.hint)}</p>` : ''}
  ${error ? html`<p class="form-error-message error" id="${options.name}-error">${say(language, error)}</p>` : ''}`;
}

export function inputField(
  context: PageContext,
  state: FormState,
  options: FieldOptions & {
    readonly type?: 'text' | 'url' | 'number';
    readonly value?: string;
    /** The keyboard a phone shows: digits (`numeric`), or digits with a separator (`decimal`, a time "9.30"). */
    readonly inputMode?: 'numeric' | 'decimal';
    /** The design system's width class, for a field whose answer is short. */
    readonly width?: string;
  },
): Html {
  const value = options.value ?? valueOf(state, options.name);
  return wrap(
    context,
    state,
    options,
    (aria) =>
      html`<input
        class="form-input${options.width ? ` ${options.width}` : ''}"
        type="${options.type ?? 'text'}"
        ${options.inputMode ? html` inputmode="${options.inputMode}"` : ''}
        id="${options.name}"
        name="${options.name}"
        value="${value}"
        ${aria}
      />`,
  );
}

export function textArea(
  context: PageContext,
  state: FormState,
  options: FieldOptions & { readonly rows?: number; readonly value?: string },
): Html {
  const value = options.value ?? valueOf(state, options.name);
  return wrap(
    context,
    state,
    options,
    (aria) =>
      html`<textarea class="form-input" id="${options.name}" name="${options.name}" rows="${options.rows ?? 5}" ${aria}>
${value}</textarea>`,
  );
}

export function selectField(
  context: PageContext,
  state: FormState,
  options: FieldOptions & {
    readonly choices: readonly { readonly value: string; readonly label: string }[];
    readonly value?: string;
  },
): Html {
  const selected = options.value ?? valueOf(state, options.name);
  return wrap(
    context,
    state,
    options,
    (aria) =>
      html`<select class="form-select" id="${options.name}" name="${options.name}" ${aria}>
        ${options.choices.map(
          (choice) =>
            html`<option value="${choice.value}" ${choice.value === selected ? html` selected` : ''}>
              ${choice.label}
            </option>`,
        )}
      </select>`,
  );
}

/** A group of checkboxes under one legend (e.g. who attended), each with its own label. */
export function checkboxes(
  context: PageContext,
  state: FormState,
  options: FieldOptions & {
    readonly choices: readonly { readonly value: string; readonly label: string }[];
    readonly checked: readonly string[];
  },
): Html {
  const error = errorFor(state, options);
  const { language } = context;
  return html`<fieldset
    id="${options.name}"
    class="form-group${error ? ' form-error invalid' : ''}"
    ${describedBy(options, error)}
  >
    <legend class="form-label">${say(language, options.label)}</legend>
    ${hintAndError(context, options, error)}
    ${options.choices.map(
      (choice, index) =>
        html`<div class="form-group-checkbox choice">
          <input
            class="form-checkbox"
            type="checkbox"
            id="${options.name}-${index}"
            name="${options.name}"
            value="${choice.value}"
            ${options.checked.includes(choice.value) ? html` checked` : ''}
          />
          <label class="form-label" for="${options.name}-${index}">${choice.label}</label>
        </div>`,
    )}
  </fieldset>`;
}
