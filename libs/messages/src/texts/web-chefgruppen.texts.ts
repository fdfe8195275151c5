import type { Texts } from '../wording';
import { WEB_CHEFGRUPPEN_CYCLES_TEXTS } from './web-chefgruppen-cycles.texts';
import { WEB_CHEFGRUPPEN_ORGANISATION_TEXTS } from './web-chefgruppen-organisation.texts';

export const WEB_CHEFGRUPPEN_TEXTS = {
  // common
  'web.chefgruppen.common.cancel': { da: 'Annullér', en: 'Cancel' },
  'web.chefgruppen.common.none': { da: 'Ingen', en: 'None' },
  'web.chefgruppen.common.area': { da: 'Område', en: 'Area' },
  'web.chefgruppen.common.group': { da: 'Gruppe', en: 'Group' },
  'web.chefgruppen.common.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  ...WEB_CHEFGRUPPEN_CYCLES_TEXTS,
  ...WEB_CHEFGRUPPEN_ORGANISATION_TEXTS,
} as const satisfies Texts;
