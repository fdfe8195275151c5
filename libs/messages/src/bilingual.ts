/** Every text a person reads exists in Danish and in English; Danish comes first. */
export interface Bilingual {
  readonly da: string;
  readonly en: string;
}

/** Both languages in one line, Danish first, as the API's answers and the logs give them: `dansk / English`. */
export function bothLanguages(text: Bilingual): string {
  return `${text.da} / ${text.en}`;
}

/** As `bothLanguages`, but a text that reads the same in both languages (Danish names of levels) is said once. */
export function inOneLine(text: Bilingual): string {
  return text.da === text.en ? text.da : bothLanguages(text);
}
