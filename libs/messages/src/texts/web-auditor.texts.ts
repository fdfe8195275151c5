import type { Texts } from '../wording';

export const WEB_AUDITOR_TEXTS = {} as const satisfies Texts;
