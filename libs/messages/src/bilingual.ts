/** Every text a person reads exists in Danish and in English; Danish comes first. */
export interface Bilingual {
  readonly da: string;
  readonly en: string;
}

/** Both languages in one line, Danish first, as the API's answers and the logs give them: `dansk / English`. */
export function bothLanguages(text: Bilingual): string {
  return `${text.da} / ${text.en}`;
}
