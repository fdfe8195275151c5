import type { Texts } from '../wording';

export const WEB_COMMON_TEXTS = {
  // The page around every page
  'web.common.layout.error-prefix': { da: 'Fejl: ', en: 'Error: ' },
  // Suggestions for how a leader passed the results on: stored as written, so Danish in both languages
  'web.common.channels.staff-meeting': { da: 'personalemøde', en: 'personalemøde' },
  'web.common.channels.team-meeting': { da: 'teammøde', en: 'teammøde' },
  'web.common.channels.med-meeting': { da: 'MED-møde', en: 'MED-møde' },
  'web.common.channels.e-mail': { da: 'e-mail', en: 'e-mail' },
  'web.common.channels.newsletter': { da: 'nyhedsbrev', en: 'nyhedsbrev' },
  'web.common.channels.one-to-one': { da: 'samtaler med den enkelte', en: 'samtaler med den enkelte' },
} as const satisfies Texts;
