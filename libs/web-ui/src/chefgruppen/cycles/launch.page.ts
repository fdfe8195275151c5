import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../../common/command-key';
import { dateField, timeField } from '../../common/date-fields';
import { checkboxes, csrfField, errorSummary, inputField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import { backRegistrationField } from './back-registration-field';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

const LABELS: Readonly<Record<string, Text>> = {
  theme: message('web.chefgruppen.cycles.common.theme'),
  meetingDate: message('web.chefgruppen.cycles.common.meeting-date'),
  groupIds: message('web.chefgruppen.cycles.launch.label.group-ids'),
  startTime: message('web.chefgruppen.cycles.launch.label.start-time'),
  durationMinutes: message('web.chefgruppen.cycles.launch.label.duration-minutes'),
  place: message('web.chefgruppen.cycles.launch.label.place'),
};

const TRAIL = [{ href: '/chefgruppen', label: message('web.chefgruppen.cycles.common.cycles') }];

/**
 * The form that launches a cycle: theme, meeting date, and which groups take part (all ticked to begin with). The
 * meeting's start and length may be left to the defaults. Without groups there is nothing to launch: the page says
 * to import the organisation first.
 */
export function cycleLaunchPage(
  context: PageContext,
  groups: readonly { readonly id: string; readonly name: string }[],
  state: FormState,
  checked: readonly string[],
): Html {
  const { language } = context;
  const hasErrors = Object.keys(state.errors).length > 0;
  const title = message('web.chefgruppen.cycles.common.launch-a-new-cycle');
  if (groups.length === 0) {
    const body = html`<p class="alert alert-info notice">
        ${say(language, message('web.chefgruppen.cycles.launch.no-groups'))}
      </p>
      <p>
        <a class="button button-primary" href="/chefgruppen/organisation"
          >${say(language, message('web.chefgruppen.cycles.common.import-the-organisation'))}</a
        >
      </p>`;
    return layout(context, { title, body, trail: TRAIL });
  }
  const body = html`${errorSummary(context, state, LABELS)}
    <form method="post" action="/chefgruppen/cykler/ny" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${inputField(context, state, {
        name: 'theme',
        label: LABELS['theme']!,
        hint: message('web.chefgruppen.cycles.launch.theme.hint'),
        required: true,
        maxLength: 200,
      })}
      ${dateField(context, state, {
        name: 'meetingDate',
        label: LABELS['meetingDate']!,
        hint: message('web.chefgruppen.cycles.launch.meeting-date.hint'),
        required: true,
      })}
      ${backRegistrationField(context, state)}
      ${checkboxes(context, state, {
        name: 'groupIds',
        label: LABELS['groupIds']!,
        choices: groups.map((group) => ({ value: group.id, label: group.name })),
        checked,
      })}
      ${timeField(context, state, {
        name: 'startTime',
        label: LABELS['startTime']!,
        hint: message('web.chefgruppen.cycles.launch.start-time.hint'),
      })}
      ${inputField(context, state, {
        name: 'durationMinutes',
        type: 'number',
        label: LABELS['durationMinutes']!,
        hint: message('web.chefgruppen.cycles.launch.duration-minutes.hint'),
      })}
      ${inputField(context, state, { name: 'place', label: LABELS['place']!, maxLength: 200 })}
      <div class="actions">
        <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.cycles.launch.launch-the-cycle'))}</button>
        <a href="/chefgruppen">${say(language, message('web.chefgruppen.common.cancel'))}</a>
      </div>
    </form>`;
  return layout(context, { title, body, hasErrors, trail: TRAIL });
}
