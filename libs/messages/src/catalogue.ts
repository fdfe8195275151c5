import type { Bilingual } from './bilingual';
import { API_TEXTS } from './texts/api.texts';
import { AUDIT_TEXTS } from './texts/audit.texts';
import { CORRECTIONS_TEXTS } from './texts/corrections.texts';
import { CSV_TEXTS } from './texts/csv.texts';
import { DOMAIN_REPORT_TEXTS } from './texts/domain-reports.texts';
import { WEB_ASK_FIRST_TEXTS } from './texts/web-ask-first.texts';
import { WEB_AUDITOR_TEXTS } from './texts/web-auditor.texts';
import { WEB_CHEFGRUPPEN_TEXTS } from './texts/web-chefgruppen.texts';
import { WEB_COMMON_TEXTS } from './texts/web-common.texts';
import { WEB_CONFIRM_TEXTS } from './texts/web-confirm.texts';
import { WEB_CORRECTIONS_TEXTS } from './texts/web-corrections.texts';
import { WEB_FACILITATOR_TEXTS } from './texts/web-facilitator.texts';
import { WEB_FORMS_TEXTS } from './texts/web-forms.texts';
import { WEB_LEADER_TEXTS } from './texts/web-leader.texts';
import { WEB_RECORD_TEXTS } from './texts/web-record.texts';
import { WEB_SIGN_IN_TEXTS } from './texts/web-sign-in.texts';
import { WEB_SITE_TEXTS } from './texts/web-site.texts';
import { WEB_PRINT_TEXTS } from './texts/web-print.texts';
import { WEB_MY_DATA_TEXTS } from './texts/web-my-data.texts';
import { WEB_STAFF_TEXTS } from './texts/web-staff.texts';
import { WEB_WORKPLACE_TEXTS } from './texts/web-workplace.texts';
import { WEB_DISTRIBUTION_LISTS_TEXTS } from './texts/web-distribution-lists.texts';

/**
 * Every text a person reads on a page or in an answer of the API, Danish and English, keyed by message id. The
 * domain's broken rules are worded beside it (`domainErrorText`), from their codes and parameters.
 */
const CATALOGUE = {
  ...WEB_COMMON_TEXTS,
  ...WEB_CHEFGRUPPEN_TEXTS,
  ...WEB_LEADER_TEXTS,
  ...WEB_RECORD_TEXTS,
  ...WEB_ASK_FIRST_TEXTS,
  ...WEB_FACILITATOR_TEXTS,
  ...WEB_AUDITOR_TEXTS,
  ...WEB_SIGN_IN_TEXTS,
  ...WEB_CONFIRM_TEXTS,
  ...WEB_CORRECTIONS_TEXTS,
  ...WEB_SITE_TEXTS,
  ...WEB_PRINT_TEXTS,
  ...WEB_MY_DATA_TEXTS,
  ...WEB_STAFF_TEXTS,
  ...WEB_WORKPLACE_TEXTS,
  ...WEB_DISTRIBUTION_LISTS_TEXTS,
  ...WEB_FORMS_TEXTS,
  ...API_TEXTS,
  ...DOMAIN_REPORT_TEXTS,
  ...AUDIT_TEXTS,
  ...CSV_TEXTS,
  ...CORRECTIONS_TEXTS,
} as const;

type Catalogue = typeof CATALOGUE;
export type MessageId = keyof Catalogue;
type ParamsOf<Id extends MessageId> = Catalogue[Id] extends (params: infer P) => Bilingual ? [params: P] : [];

/** The text with this id, in both languages; `message('web.sign-in.title')`, `message('api.limit', { bytes })`. */
export function message<Id extends MessageId>(id: Id, ...params: ParamsOf<Id>): Bilingual {
  const wording = CATALOGUE[id] as Bilingual | ((params: unknown) => Bilingual);
  return typeof wording === 'function' ? wording(params[0]) : wording;
}
