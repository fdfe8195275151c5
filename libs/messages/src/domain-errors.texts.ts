import {
  formatDate,
  formatDateTime,
  type DomainError,
  type DomainErrorMessageId,
  type DomainErrorParams,
  type Language,
  type PersonField,
} from '@ledelsesrum/domain';
import type { Bilingual } from './bilingual';
import { DOMAIN_REPORT_TEXTS } from './texts/domain-reports.texts';

type Wording = Bilingual | ((params: DomainErrorParams) => Bilingual);

const id = (params: DomainErrorParams): string => String(params['id']);
/** A distribution list's place in the form, counted from 1 as a reader counts. */
const listNumber = (params: DomainErrorParams): number => Number(params['index']) + 1;

/** " (11. marts 2027)" for a moment among the parameters, formatted for the reader; nothing when it is not there. */
function moment(params: DomainErrorParams, key: string, format: typeof formatDate, language: Language): string {
  const value = params[key];
  if (typeof value !== 'string') return '';
  try {
    return ` (${format(language, value)})`;
  } catch {
    return '';
  }
}

/** The words for every broken rule of the domain, keyed by its message id; the compiler checks that none is missing. */
const DOMAIN_ERROR_TEXTS: Readonly<Record<DomainErrorMessageId, Wording>> = {
  ORGANISATION_INVALID: { da: 'Organisationen hænger ikke sammen', en: 'The organisation is inconsistent' },
  'ORGANISATION_INVALID.COMPOSITION': {
    da: 'Grupperne kan ikke sammensættes ud fra disse data',
    en: 'The groups cannot be composed from this input',
  },
  UNKNOWN_AREA: (params) => ({ da: `Ukendt område: ${id(params)}`, en: `Unknown area: ${id(params)}` }),
  UNKNOWN_PERSON: (params) => ({ da: `Ukendt person: ${id(params)}`, en: `Unknown person: ${id(params)}` }),
  UNKNOWN_GROUP: (params) => ({ da: `Ukendt gruppe: ${id(params)}`, en: `Unknown group: ${id(params)}` }),
  AREA_EXISTS: (params) => ({ da: `Findes allerede: område ${id(params)}`, en: `Already exists: area ${id(params)}` }),
  PERSON_EXISTS: (params) => ({
    da: `Findes allerede: person ${id(params)}`,
    en: `Already exists: person ${id(params)}`,
  }),
  GROUP_EXISTS: (params) => ({
    da: `Findes allerede: gruppe ${id(params)}`,
    en: `Already exists: group ${id(params)}`,
  }),
  PERSON_LEFT: { da: 'Personen er fratrådt', en: 'The person has left' },
  PERSON_IS_FACILITATOR: {
    da: 'Personen facilitérer en gruppe; udpeg en ny facilitator først',
    en: 'The person facilitates a group; name a new facilitator first',
  },
  'PERSON_IS_FACILITATOR.LEAVING_GROUP': {
    da: 'Facilitatoren kan ikke fjernes fra sin gruppe',
    en: 'The facilitator cannot leave their group',
  },
  ALREADY_MEMBER: { da: 'Personen er allerede med', en: 'Already a member' },
  NOT_MEMBER: { da: 'Personen er ikke med i gruppen', en: 'Not a member' },
  CYCLE_ALREADY_LAUNCHED: { da: 'Møderunden er allerede startet', en: 'The meeting round is already launched' },
  CYCLE_NOT_LAUNCHED: { da: 'Møderunden er ikke startet', en: 'The meeting round has not been launched' },
  CYCLE_HAS_NO_GROUPS: {
    da: 'En møderunde skal have mindst én gruppe',
    en: 'A meeting round needs at least one group',
  },
  DUPLICATE_GROUP: { da: 'En gruppe er med flere gange', en: 'A group is listed twice' },
  CYCLE_COMPLETED: { da: 'Møderunden er afsluttet', en: 'The meeting round is completed' },
  AGENDA_LOCKED: {
    da: 'Dagsordenen kan ikke ændres, når forberedelsen er sendt',
    en: 'The agenda cannot change after prep was sent',
  },
  AGENDA_NOT_SET: { da: 'Dagsordenen er ikke sat', en: 'The agenda has not been set' },
  PREP_ALREADY_SENT: { da: 'Forberedelsen er allerede sendt', en: 'Prep was already sent' },
  PREP_NOT_SENT: { da: 'Forberedelsen er ikke sendt endnu', en: 'Prep has not been sent yet' },
  GROUP_NOT_IN_CYCLE: { da: 'Gruppen deltager ikke i møderunden', en: 'The group is not in this meeting round' },
  MEETING_ALREADY_RECORDED: { da: 'Mødet er allerede registreret', en: 'The meeting is already recorded' },
  ATTENDEE_NOT_IN_GROUP: { da: 'Deltagere uden for gruppen', en: 'Attendees outside the group' },
  MEETINGS_NOT_HELD: { da: 'Ikke alle grupper har holdt møde', en: 'Not every group has held its meeting' },
  SUMMARY_ALREADY_PUBLISHED: { da: 'Opsamlingen er allerede offentliggjort', en: 'The summary was already published' },
  REACH_LIMIT_REACHED: {
    da: 'Der er kommet mange svar fra denne arbejdsplads i den seneste time; prøv igen om lidt',
    en: 'Many answers have come from this workplace in the last hour; please try again in a while',
  },
  SUMMARY_NOT_PUBLISHED: {
    da: 'Opsamlingen er ikke offentliggjort endnu',
    en: 'The summary has not been published yet',
  },
  'SUMMARY_NOT_PUBLISHED.CLOSE': {
    da: 'Møderunden kan først lukkes, når opsamlingen er offentliggjort',
    en: 'The meeting round can be closed once the summary is published',
  },
  PERSON_NOT_IN_CYCLE: { da: 'Personen deltager ikke i møderunden', en: 'The person is not in this meeting round' },
  CASCADE_ALREADY_CONFIRMED: { da: 'Videreformidlingen er allerede bekræftet', en: 'The cascade is already confirmed' },
  CASCADE_RELEASED: {
    da: 'Personen er fritaget for videreformidlingen',
    en: 'The person was released from the cascade',
  },
  CASCADE_NOT_CONFIRMED: {
    da: 'Personen har ikke bekræftet videreformidlingen',
    en: 'The person has not confirmed the cascade',
  },
  CASCADE_NOT_RELEASED: {
    da: 'Personen er ikke fritaget for videreformidlingen',
    en: 'The person is not released from the cascade',
  },
  SCHEDULE_INVALID: { da: 'Ugyldig tidsplan', en: 'Invalid schedule' },
  'SCHEDULE_INVALID.EMPTY': {
    da: 'Angiv mindst én del af tidsplanen',
    en: 'Give at least one part of the schedule',
  },
  'SCHEDULE_INVALID.AFTER_ESCALATION': {
    da: 'Fristen er nået, og de manglende er eskaleret; luk møderunden i stedet',
    en: 'The deadline has passed and the pending leaders were escalated; close the meeting round instead',
  },
  'SCHEDULE_INVALID.PREP_SEND_AT': {
    da: 'Ugyldig tidsplan: prepSendAt er ikke et tidspunkt',
    en: 'Invalid schedule: prepSendAt is not an instant',
  },
  'SCHEDULE_INVALID.DEADLINE': {
    da: 'Ugyldig tidsplan: deadline skal være en varighed op til P365D',
    en: 'Invalid schedule: deadline must be a duration up to P365D',
  },
  'SCHEDULE_INVALID.REMINDERS': {
    da: 'Ugyldig tidsplan: påmindelser skal være stigende varigheder før fristen',
    en: 'Invalid schedule: reminders must be ascending durations before the deadline',
  },
  'SCHEDULE_INVALID.MEETING_START': { da: 'Mødets starttid skal være TT:MM', en: 'The meeting start must be HH:MM' },
  'SCHEDULE_INVALID.MEETING_DURATION': {
    da: 'Mødets varighed skal være 15–720 minutter',
    en: 'The meeting must last 15–720 minutes',
  },
  NOTICE_ROUND_ALREADY_COMPLETED: { da: 'Beskederne er allerede sendt', en: 'The messages were already sent' },
  INPUT_ALREADY_TAKEN_UP: {
    da: 'Punktet er allerede taget op i denne møderunde',
    en: 'The item is already taken up in this meeting round',
  },
  INPUT_FROM_SAME_CYCLE: {
    da: 'Input kan kun tages op i en senere møderunde',
    en: 'Input can only be taken up by a later meeting round',
  },
  MEETING_DATE_IN_PAST: {
    da: 'Mødedatoen er passeret. Er møderunden allerede holdt, så vælg efterregistrering',
    en: 'The meeting date has passed. If the meeting round was already held, choose registering it afterwards',
  },
  MEETING_DATE_TOO_FAR: (params) => ({
    da: `Mødedatoen ligger for langt ude; en møderunde planlægges højst to år frem${moment(params, 'latest', formatDate, 'da')}`,
    en: `The meeting date is too far ahead; a meeting round is planned at most two years ahead${moment(params, 'latest', formatDate, 'en')}`,
  }),
  AGENDA_WITHOUT_ITEMS: {
    da: 'Dagsordenen skal have mindst ét punkt',
    en: 'The agenda needs at least one item',
  },
  MEETING_IN_FUTURE: {
    da: 'Mødet kan ikke registreres som holdt på et tidspunkt, der ikke er kommet endnu',
    en: 'A meeting cannot be recorded as held at a time still to come',
  },
  MEETING_BEFORE_PREP: (params) => ({
    da: `Mødet kan ikke være holdt, før forberedelsen blev sendt${moment(params, 'prepSentAt', formatDateTime, 'da')}`,
    en: `The meeting cannot have been held before prep was sent${moment(params, 'prepSentAt', formatDateTime, 'en')}`,
  }),
  MEETING_WITHOUT_ATTENDEES: {
    da: 'Markér mindst én deltager i mødet',
    en: 'Mark at least one attendee of the meeting',
  },
  CASCADE_BEFORE_SUMMARY: (params) => ({
    da: `Videreformidlingen kan ikke ligge før opsamlingen blev offentliggjort${moment(params, 'publishedAt', formatDate, 'da')}`,
    en: `The cascade cannot be before the summary was published${moment(params, 'publishedAt', formatDate, 'en')}`,
  }),
  CASCADE_IN_FUTURE: {
    da: 'Videreformidlingen kan ikke ligge i fremtiden',
    en: 'The cascade cannot be in the future',
  },
  CYCLE_CANCELLED: { da: 'Møderunden er aflyst', en: 'The meeting round is cancelled' },
  MEETING_NOT_RECORDED: {
    da: 'Mødet er ikke registreret; registrér det i stedet for at rette det',
    en: 'The meeting is not recorded; record it rather than amend it',
  },
  AMENDMENT_NEEDS_REASON: {
    da: 'Opsamlingen er offentliggjort: skriv, hvorfor referatet rettes',
    en: 'The summary is published: say why the record is amended',
  },
  MEETINGS_ALREADY_HELD: {
    da: 'Møderne er holdt; dagsordenen kan ikke længere rettes',
    en: 'The meetings are held; the agenda can no longer be corrected',
  },
  INVALID_VALUE: (params) => ({
    da: `Ugyldig værdi i feltet ${String(params['field'])}`,
    en: `Invalid value in the field ${String(params['field'])}`,
  }),
  DISTRIBUTION_LIST_NAME_MISSING: (params) => ({
    da: `Fordelingsliste nr. ${listNumber(params)} mangler et navn`,
    en: `Distribution list no. ${listNumber(params)} has no name`,
  }),
  DISTRIBUTION_LIST_NAME_TAKEN: (params) => ({
    da: `Navnet «${String(params['name'])}» bruges af to fordelingslister`,
    en: `The name “${String(params['name'])}” is used by two distribution lists`,
  }),
  DISTRIBUTION_LIST_ADDRESS_INVALID: (params) => ({
    da: `Fordelingslisten «${String(params['name'])}» har ikke en gyldig e-mailadresse`,
    en: `The distribution list “${String(params['name'])}” does not have a valid e-mail address`,
  }),
  PERSON_NEEDS_CORRECTION: (params) =>
    DOMAIN_REPORT_TEXTS['domain.person.needs-correction']({
      person: String(params['personId']),
      field: params['field'] as PersonField,
    }),
};

/** The broken rule in words for a Danish and an English reader. */
export function domainErrorText(error: Pick<DomainError, 'messageId' | 'params'>): Bilingual {
  const wording = DOMAIN_ERROR_TEXTS[error.messageId];
  return typeof wording === 'function' ? wording(error.params) : wording;
}
