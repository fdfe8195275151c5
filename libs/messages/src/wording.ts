import type { Bilingual } from './bilingual';

/**
 * One entry of the catalogue: a fixed text, or a function of the values it names. Parameters are typed per entry, so a
 * page cannot ask for a text without the values it needs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry states its own parameter type
export type Wording = Bilingual | ((params: any) => Bilingual);

/** A part of the catalogue: message ids (`area.page.what`) to their wording. */
export type Texts = Readonly<Record<string, Wording>>;
