import type { Texts } from '../wording';

export const WEB_SIGN_IN_TEXTS = {} as const satisfies Texts;
