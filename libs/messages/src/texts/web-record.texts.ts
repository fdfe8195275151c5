import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

/** What was recorded in a meeting round, shown to those it concerns: meetings, confirmations, the summary, names. */
export const WEB_RECORD_TEXTS = {
  // person-label
  'web.record.erased-person': { da: 'slettet person', en: 'erased person' },
  'web.record.unreadable-person': { da: 'ulæseligt navn', en: 'unreadable name' },
  'web.record.erased-words': { da: 'slettet sammen med personen', en: 'erased with the person' },

  // meeting-minutes
  'web.record.minutes.held': { da: 'Holdt', en: 'Held' },
  'web.record.minutes.attendance': { da: 'Fremmøde', en: 'Attendance' },
  'web.record.minutes.attended': (p: { count: number; of: number }): Bilingual => ({
    da: `${p.count} af ${p.of}`,
    en: `${p.count} of ${p.of}`,
  }),
  'web.record.minutes.key-points': { da: 'Hovedpunkter', en: 'Key points' },
  'web.record.minutes.input': { da: 'Input til chefgruppen', en: 'Input to chefgruppen' },
  'web.record.minutes.none': { da: 'Ingen', en: 'None' },

  // summary-section
  'web.record.summary.title': { da: 'Opsamlingen', en: 'The summary' },
  'web.record.summary.published': (p: { at: Bilingual }): Bilingual => ({
    da: `Offentliggjort ${p.at.da}`,
    en: `Published ${p.at.en}`,
  }),

  // group-meetings-section
  'web.record.meetings.title': { da: 'Det grupperne registrerede', en: 'What the groups recorded' },
  'web.record.meetings.not-recorded': {
    da: 'Mødet er ikke registreret endnu.',
    en: 'The meeting is not recorded yet.',
  },

  // confirmations-section
  'web.record.confirmations.title': { da: 'Ledernes bekræftelser', en: 'The leaders’ confirmations' },
  'web.record.confirmations.caption': {
    da: 'Hvem der har givet opsamlingen videre, hvornår, hvordan og med hvilken refleksion',
    en: 'Who passed the summary on, when, how and with what reflection',
  },
  'web.record.confirmations.leader': { da: 'Leder', en: 'Leader' },
  'web.record.confirmations.status': { da: 'Status', en: 'Status' },
  'web.record.confirmations.passed-on': { da: 'Givet videre', en: 'Passed on' },
  'web.record.confirmations.channel': { da: 'Hvordan', en: 'How' },
  'web.record.confirmations.reflection': { da: 'Refleksion', en: 'Reflection' },
  'web.record.confirmations.pending': { da: 'Mangler', en: 'Pending' },
  'web.record.confirmations.confirmed': { da: 'Bekræftet', en: 'Confirmed' },
  'web.record.confirmations.released': { da: 'Fritaget', en: 'Released' },
  'web.record.confirmations.exception': { da: 'Undtagelse', en: 'Exception' },
  'web.record.confirmations.not-yet': { da: 'Ikke endnu', en: 'Not yet' },
  'web.record.confirmations.before-summary': {
    da: 'Lederne bekræfter, når opsamlingen er offentliggjort.',
    en: 'The leaders confirm once the summary is published.',
  },

  // facilitator's record
  'web.record.facilitator.title': { da: 'Det du registrerede', en: 'What you recorded' },

  // leader's deadline
  'web.record.deadline': { da: 'Frist for at give videre', en: 'Deadline for passing it on' },
  'web.record.deadline.after-summary': {
    da: 'Fastsættes, når opsamlingen er offentliggjort',
    en: 'Set when the summary is published',
  },
} as const satisfies Texts;
