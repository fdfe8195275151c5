import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

/** The steps that show what a risky action will do before it is done: sending prep, publishing, closing. */
export const WEB_ASK_FIRST_TEXTS = {
  'web.ask-first.back': { da: 'Tilbage', en: 'Back' },
  'web.ask-first.send': { da: 'Send', en: 'Send' },
  'web.ask-first.goes-to': (p: { count: number }): Bilingual => ({
    da: `Går til ${p.count} ${p.count === 1 ? 'person' : 'personer'}.`,
    en: `Goes to ${p.count} ${p.count === 1 ? 'person' : 'people'}.`,
  }),

  // prep
  'web.ask-first.prep.title': { da: 'Send forberedelsen', en: 'Send the prep' },
  'web.ask-first.prep.open': { da: 'Se og send forberedelsen', en: 'Review and send the prep' },
  'web.ask-first.prep.intro': {
    da: 'Sådan ser dagsordenen, forberedelsesopgaverne og materialerne ud for de deltagende ledere.',
    en: 'This is the agenda, the prep tasks and the materials as the leaders taking part will get them.',
  },
  'web.ask-first.prep.already-sent': {
    da: 'Forberedelsen er sendt. Dagsordenen er den, der blev sendt.',
    en: 'The prep has been sent. The agenda is the one that was sent.',
  },
  'web.ask-first.prep.no-agenda': {
    da: 'Dagsordenen er ikke sat endnu, så der er intet at sende.',
    en: 'The agenda is not set yet, so there is nothing to send.',
  },

  // summary
  'web.ask-first.summary.title': { da: 'Offentliggør opsamlingen', en: 'Publish the summary' },
  'web.ask-first.summary.preview': { da: 'Se opsamlingen før du sender', en: 'Preview the summary' },
  'web.ask-first.summary.intro': {
    da: 'Sådan ser opsamlingen ud, når den sendes. Lederne bliver bedt om at give den videre til deres medarbejdere.',
    en: 'This is the summary as it will be sent. The leaders are asked to pass it on to their staff.',
  },

  // close
  'web.ask-first.close.title': { da: 'Luk møderunden', en: 'Close the meeting round' },
  'web.ask-first.close.open': { da: 'Luk møderunden …', en: 'Close the meeting round …' },
  'web.ask-first.close.consequence': (p: { count: number }): Bilingual => ({
    da:
      p.count === 0
        ? 'Alle ledere har bekræftet eller er fritaget. Møderunden bliver afsluttet.'
        : `Lukker du møderunden, bliver ${p.count} ${p.count === 1 ? 'leder, der mangler' : 'ledere, der mangler'} at bekræfte, registreret som ${p.count === 1 ? 'undtagelse' : 'undtagelser'}. Det kan ikke gøres om.`,
    en:
      p.count === 0
        ? 'Every leader has confirmed or been released. The meeting round is completed.'
        : `If you close the meeting round, ${p.count} ${p.count === 1 ? 'leader' : 'leaders'} yet to confirm ${p.count === 1 ? 'is' : 'are'} recorded as ${p.count === 1 ? 'an exception' : 'exceptions'}. This cannot be undone.`,
  }),
  'web.ask-first.close.exceptions': { da: 'Bliver undtagelser', en: 'Become exceptions' },
  'web.ask-first.close.reason': { da: 'Begrundelse', en: 'Reason' },
  'web.ask-first.close.confirm': { da: 'Luk møderunden', en: 'Close the meeting round' },
} as const satisfies Texts;
