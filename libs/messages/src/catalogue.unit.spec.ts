import type { Texts } from './wording';
import { API_TEXTS } from './texts/api.texts';
import { AUDIT_TEXTS } from './texts/audit.texts';
import { CSV_TEXTS } from './texts/csv.texts';
import { DOMAIN_REPORT_TEXTS } from './texts/domain-reports.texts';
import { WEB_ASK_FIRST_TEXTS } from './texts/web-ask-first.texts';
import { WEB_AUDITOR_TEXTS } from './texts/web-auditor.texts';
import { WEB_CHEFGRUPPEN_TEXTS } from './texts/web-chefgruppen.texts';
import { WEB_COMMON_TEXTS } from './texts/web-common.texts';
import { WEB_CONFIRM_TEXTS } from './texts/web-confirm.texts';
import { WEB_FACILITATOR_TEXTS } from './texts/web-facilitator.texts';
import { WEB_FORMS_TEXTS } from './texts/web-forms.texts';
import { WEB_LEADER_TEXTS } from './texts/web-leader.texts';
import { WEB_RECORD_TEXTS } from './texts/web-record.texts';
import { WEB_SIGN_IN_TEXTS } from './texts/web-sign-in.texts';
import { WEB_SITE_TEXTS } from './texts/web-site.texts';
import { WEB_PRINT_TEXTS } from './texts/web-print.texts';
import { WEB_MY_DATA_TEXTS } from './texts/web-my-data.texts';
import { WEB_WORKPLACE_TEXTS } from './texts/web-workplace.texts';

// Each part of the catalogue owns the ids under its prefix, so no part can silently replace another's text.
const PARTS: readonly (readonly [prefix: string, texts: Texts])[] = [
  ['web.common.', WEB_COMMON_TEXTS],
  ['web.chefgruppen.', WEB_CHEFGRUPPEN_TEXTS],
  ['web.leader.', WEB_LEADER_TEXTS],
  ['web.record.', WEB_RECORD_TEXTS],
  ['web.ask-first.', WEB_ASK_FIRST_TEXTS],
  ['web.facilitator.', WEB_FACILITATOR_TEXTS],
  ['web.auditor.', WEB_AUDITOR_TEXTS],
  ['web.sign-in.', WEB_SIGN_IN_TEXTS],
  ['web.confirm.', WEB_CONFIRM_TEXTS],
  ['web.site.', WEB_SITE_TEXTS],
  ['web.print.', WEB_PRINT_TEXTS],
  ['web.my-data.', WEB_MY_DATA_TEXTS],
  ['web.workplace.', WEB_WORKPLACE_TEXTS],
  ['web.forms.', WEB_FORMS_TEXTS],
  ['api.', API_TEXTS],
  ['domain.', DOMAIN_REPORT_TEXTS],
  ['audit.', AUDIT_TEXTS],
  ['csv.', CSV_TEXTS],
];

describe('the message catalogue', () => {
  it.each(PARTS)('keeps every id of %s under its own prefix', (prefix, texts) => {
    const outside = Object.keys(texts).filter((id) => !id.startsWith(prefix));
    expect(outside).toEqual([]);
  });

  it.each(PARTS)('has a Danish and an English text for every fixed entry of %s', (_prefix, texts) => {
    const empty = Object.entries(texts)
      .filter(([, wording]) => typeof wording !== 'function' && (!wording.da.trim() || !wording.en.trim()))
      .map(([id]) => id);
    expect(empty).toEqual([]);
  });
});
