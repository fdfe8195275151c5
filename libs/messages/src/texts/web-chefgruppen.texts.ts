import type { Texts } from '../wording';
import { WEB_CHEFGRUPPEN_CYCLES_TEXTS } from './web-chefgruppen-cycles.texts';
import { WEB_CHEFGRUPPEN_ORGANISATION_IMPORT_TEXTS } from './web-chefgruppen-organisation-import.texts';
import { WEB_CHEFGRUPPEN_ORGANISATION_TEXTS } from './web-chefgruppen-organisation.texts';
import { WEB_CHEFGRUPPEN_ORGANISATION_PREVIEW_TEXTS } from './web-chefgruppen-organisation-preview.texts';
import { WEB_CHEFGRUPPEN_ORGANISATION_PEOPLE_TEXTS } from './web-chefgruppen-organisation-people.texts';

export const WEB_CHEFGRUPPEN_TEXTS = {
  // shared by the cycle and the organisation pages
  'web.chefgruppen.common.cancel': { da: 'Annullér', en: 'Cancel' },
  'web.chefgruppen.common.none': { da: 'Ingen', en: 'None' },
  'web.chefgruppen.common.area': { da: 'Område', en: 'Area' },
  'web.chefgruppen.common.group': { da: 'Gruppe', en: 'Group' },
  'web.chefgruppen.common.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  ...WEB_CHEFGRUPPEN_CYCLES_TEXTS,
  ...WEB_CHEFGRUPPEN_ORGANISATION_TEXTS,
  ...WEB_CHEFGRUPPEN_ORGANISATION_IMPORT_TEXTS,
  ...WEB_CHEFGRUPPEN_ORGANISATION_PREVIEW_TEXTS,
  ...WEB_CHEFGRUPPEN_ORGANISATION_PEOPLE_TEXTS,
} as const satisfies Texts;
