import type { Texts } from '../wording';

export const WEB_SITE_TEXTS = {} as const satisfies Texts;
