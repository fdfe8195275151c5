import type { PublicationEvent } from '@ledelsesrum/domain';
import { describeWith, type Description, type Describers } from './description';

type DataOf<T extends PublicationEvent['type']> = Extract<PublicationEvent, { type: T }>['data'];

/** The token itself is never recorded; its hash is no business of a reader, so the line leaves it out too. */
const PUBLICATION_DESCRIBERS = {
  StaffFeedTokenRotated: (data: DataOf<'StaffFeedTokenRotated'>) => ({
    da: `Nyt token til medarbejdernes feed lavet af ${data.rotatedBy}; det forrige virker ikke længere`,
    en: `New token for the staff feed made by ${data.rotatedBy}; the one before no longer works`,
  }),
} satisfies { [T in PublicationEvent['type']]: (data: DataOf<T>) => Description };

/** One line for an event of the publication stream. */
export function describePublicationEvent(type: string, data: unknown): Description {
  return describeWith(PUBLICATION_DESCRIBERS as Describers, type, data);
}
