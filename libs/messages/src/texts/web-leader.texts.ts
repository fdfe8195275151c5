import type { Texts } from '../wording';

export const WEB_LEADER_TEXTS = {} as const satisfies Texts;
