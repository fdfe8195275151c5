import type { Texts } from '../wording';

export const WEB_COMMON_TEXTS = {} as const satisfies Texts;
