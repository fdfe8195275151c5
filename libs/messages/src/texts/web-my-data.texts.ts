import type { Texts } from '../wording';

/** "Mine data": a person's own data, for leaders and facilitators. */
export const WEB_MY_DATA_TEXTS = {
  'web.my-data.title': { da: 'Mine data', en: 'My data' },
  'web.my-data.intro': {
    da: 'Her kan du hente alt, hvad ledelsesrum har registreret om dig: dine oplysninger, dine grupper og hver hændelse, der angår dig, som en JSON-fil.',
    en: 'Here you can download everything ledelsesrum has recorded about you: your details, your groups and every event that concerns you, as a JSON file.',
  },
  'web.my-data.download': { da: 'Hent mine data (JSON)', en: 'Download my data (JSON)' },
  'web.my-data.not-a-person': {
    da: 'Du er ikke logget ind som en person i organisationen, så der er ingen data at hente.',
    en: 'You are not signed in as a person of the organisation, so there is no data to download.',
  },
} as const satisfies Texts;
