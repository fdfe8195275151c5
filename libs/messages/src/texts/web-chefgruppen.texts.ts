import type { Texts } from '../wording';

export const WEB_CHEFGRUPPEN_TEXTS = {} as const satisfies Texts;
