import type { Bilingual } from '@ledelsesrum/messages';

/** What an event did, in Danish first and English beside it: one line of the auditor's timeline. */
export type Description = Bilingual;

/** One small describer per event type: from the event's data to its line. */
export type Describers = Readonly<Record<string, (data: never) => Description>>;

/** Ids for a line: the first few, then how many more, so a round to 2,500 people stays one readable line. */
export function someIds(ids: readonly string[], shown = 3): Description {
  const listed = ids.slice(0, shown).join(', ');
  const more = ids.length - shown;
  return more > 0 ? { da: `${listed} og ${more} flere`, en: `${listed} and ${more} more` } : { da: listed, en: listed };
}

/** `n thing(s)`, with Danish and English plurals. */
export function count(n: number, da: [string, string], en: [string, string]): Description {
  return { da: `${n} ${n === 1 ? da[0] : da[1]}`, en: `${n} ${n === 1 ? en[0] : en[1]}` };
}

/** Describes with the type's describer, or names the type when none knows it (an event from a newer version). */
export function describeWith(describers: Describers, type: string, data: unknown): Description {
  const describer = describers[type] as ((data: unknown) => Description) | undefined;
  return describer ? describer(data) : { da: `Hændelse ${type}`, en: `Event ${type}` };
}
