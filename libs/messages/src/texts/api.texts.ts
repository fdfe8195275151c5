import type { Texts } from '../wording';

export const API_TEXTS = {} as const satisfies Texts;
