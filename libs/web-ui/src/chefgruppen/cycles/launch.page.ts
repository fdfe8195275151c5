import { commandKeyField } from '../../common/command-key';
import { checkboxes, csrfField, errorSummary, inputField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

const LABELS: Readonly<Record<string, Text>> = {
  theme: { da: 'Tema', en: 'Theme' },
  meetingDate: { da: 'Mødedato', en: 'Meeting date' },
  groupIds: { da: 'Deltagende grupper', en: 'Groups taking part' },
  startTime: { da: 'Starttid (valgfri)', en: 'Start time (optional)' },
  durationMinutes: { da: 'Varighed i minutter (valgfri)', en: 'Length in minutes (optional)' },
  place: { da: 'Sted (valgfrit)', en: 'Place (optional)' },
};

const TRAIL = [{ href: '/chefgruppen', label: { da: 'Cyklusser', en: 'Cycles' } }];

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
  const title = { da: 'Start en ny cyklus', en: 'Launch a new cycle' };
  if (groups.length === 0) {
    const body = html`<p class="notice">
        ${say(language, {
          da: 'Organisationen har ingen grupper endnu. Importér organisationen, før du starter en cyklus.',
          en: 'The organisation has no groups yet. Import the organisation before launching a cycle.',
        })}
      </p>
      <p>
        <a class="button" href="/chefgruppen/organisation"
          >${say(language, { da: 'Importér organisationen', en: 'Import the organisation' })}</a
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
        hint: { da: 'Fx "Ledelse af psykisk arbejdsmiljø"', en: 'E.g. "Leading psychological well-being at work"' },
        required: true,
        maxLength: 200,
      })}
      ${inputField(context, state, {
        name: 'meetingDate',
        type: 'date',
        label: LABELS['meetingDate']!,
        hint: {
          da: 'Dagen grupperne mødes. Forberedelsen sendes af sig selv kl. 8 en uge før.',
          en: 'The day the groups meet. Prep goes out by itself at 08:00 a week before.',
        },
        required: true,
      })}
      ${checkboxes(context, state, {
        name: 'groupIds',
        label: LABELS['groupIds']!,
        choices: groups.map((group) => ({ value: group.id, label: group.name })),
        checked,
      })}
      ${inputField(context, state, {
        name: 'startTime',
        type: 'time',
        label: LABELS['startTime']!,
        hint: { da: 'Tomt: kl. 09.00', en: 'Empty: 09:00' },
      })}
      ${inputField(context, state, {
        name: 'durationMinutes',
        type: 'number',
        label: LABELS['durationMinutes']!,
        hint: { da: 'Tomt: 180 minutter (15–720)', en: 'Empty: 180 minutes (15–720)' },
      })}
      ${inputField(context, state, { name: 'place', label: LABELS['place']!, maxLength: 200 })}
      <div class="actions">
        <button type="submit">${say(language, { da: 'Start cyklussen', en: 'Launch the cycle' })}</button>
        <a href="/chefgruppen">${say(language, { da: 'Annullér', en: 'Cancel' })}</a>
      </div>
    </form>`;
  return layout(context, { title, body, hasErrors, trail: TRAIL });
}
