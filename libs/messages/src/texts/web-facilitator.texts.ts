import type { Texts } from '../wording';

export const WEB_FACILITATOR_TEXTS = {} as const satisfies Texts;
