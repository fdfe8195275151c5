import type { PublicationEvent } from '@ledelsesrum/domain';
import { describeWith, type Description, type Describers } from './description';

type DataOf<T extends PublicationEvent['type']> = Extract<PublicationEvent, { type: T }>['data'];

/** The token itself is never recorded; its hash is no business of a reader, so the line leaves it out too. */
const PUBLICATION_DESCRIBERS = {
  StaffFeedTokenRotated: (data: DataOf<'StaffFeedTokenRotated'>) => ({
    da: `Nyt token til medarbejdernes feed lavet af ${data.rotatedBy}; det forrige virker ikke længere`,
    en: `New token for the staff feed made by ${data.rotatedBy}; the one before no longer works`,
  }),
  DistributionListsSet: (data: DataOf<'DistributionListsSet'>) => {
    if (data.lists.length === 0) {
      return {
        da: `Fordelingslisterne fjernet af ${data.setBy}; opsamlinger sendes ikke længere pr. e-mail til medarbejderne`,
        en: `Distribution lists removed by ${data.setBy}; summaries are no longer e-mailed to staff`,
      };
    }
    const lists = data.lists.map(({ name, address, areaId }) => ({
      da: `«${name}» <${address}> (${areaId === undefined ? 'alle medarbejdere' : `området ${areaId}`})`,
      en: `“${name}” <${address}> (${areaId === undefined ? 'all staff' : `the area ${areaId}`})`,
    }));
    return {
      da: `Fordelingslister sat af ${data.setBy}: ${lists.map((list) => list.da).join(', ')}`,
      en: `Distribution lists set by ${data.setBy}: ${lists.map((list) => list.en).join(', ')}`,
    };
  },
} satisfies { [T in PublicationEvent['type']]: (data: DataOf<T>) => Description };

/** One line for an event of the publication stream. */
export function describePublicationEvent(type: string, data: unknown): Description {
  return describeWith(PUBLICATION_DESCRIBERS as Describers, type, data);
}
