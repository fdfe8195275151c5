import { message } from '@ledelsesrum/messages';

const SUGGESTIONS = ['staff-meeting', 'team-meeting', 'med-meeting', 'e-mail', 'newsletter', 'one-to-one'] as const;

/**
 * Suggestions for how a leader passed the results on, offered by both confirmation forms; the leader may write anything
 * else. What is chosen is stored as written, so the suggestions are the Danish words people use, whatever the language.
 */
export const CHANNELS: readonly string[] = SUGGESTIONS.map(
  (suggestion) => message(`web.common.channels.${suggestion}`).da,
);
