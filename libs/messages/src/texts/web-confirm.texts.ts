import type { Texts } from '../wording';

export const WEB_CONFIRM_TEXTS = {} as const satisfies Texts;
