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
  // The roles and each role's menu
  'web.common.role.chefgruppen': { da: 'Chefgruppen', en: 'Chefgruppen (top management)' },
  'web.common.role.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  'web.common.role.leader': { da: 'Leder', en: 'Leader' },
  // A facilitator named in a sentence
  'web.common.role.facilitator.in-text': { da: 'facilitator', en: 'facilitator' },
  'web.common.role.auditor': { da: 'Revisor', en: 'Auditor' },
  'web.common.menu.chefgruppen.cycles': { da: 'Cyklusser', en: 'Cycles' },
  'web.common.menu.chefgruppen.organisation': { da: 'Organisation', en: 'Organisation' },
  'web.common.menu.facilitator': { da: 'Mine grupper', en: 'My groups' },
  'web.common.menu.leader': { da: 'Mine møderunder', en: 'My meeting rounds' },
  'web.common.menu.auditor': { da: 'Revision', en: 'Audit' },
} as const satisfies Texts;
