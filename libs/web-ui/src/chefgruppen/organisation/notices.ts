import type { OrganisationEvent } from '@ledelsesrum/domain';
import { ORGANISATION_PATH } from './paths';
import { type Text } from '../../common/text';

/** What the overview says after a change sent the browser back to it (`?besked=`). */
const CHANGE_NOTICES: Readonly<Record<string, Text>> = {
  'person-gemt': { da: 'Ændringerne af personen er gemt.', en: 'The changes to the person are saved.' },
  fratraadt: { da: 'Personen er registreret som fratrådt.', en: 'The person is recorded as having left.' },
  flyttet: { da: 'Gruppernes medlemmer er ændret.', en: 'The groups’ members are changed.' },
  facilitator: { da: 'Gruppen har fået ny facilitator.', en: 'The group has a new facilitator.' },
  grupper: { da: 'Forslaget er gemt som organisationens grupper.', en: 'The proposal is saved as the groups.' },
};

/** The import's changes, by the kind of event they were recorded as. */
const IMPORT_COUNTS: Readonly<Record<string, Text>> = {
  AreaAdded: { da: 'områder tilføjet', en: 'areas added' },
  AreaRenamed: { da: 'områder omdøbt', en: 'areas renamed' },
  AreaRemoved: { da: 'områder fjernet', en: 'areas removed' },
  PersonAdded: { da: 'personer tilføjet', en: 'people added' },
  PersonChanged: {
    da: 'personer med nyt område, niveau, erfaring, leder eller sprog',
    en: 'people with a new area, level, experience, manager or language',
  },
  PersonDetailsChanged: { da: 'personer med nyt navn eller ny e-mail', en: 'people with a new name or e-mail' },
  PersonLeft: { da: 'personer fratrådt', en: 'people who left' },
  GroupCreated: { da: 'grupper oprettet', en: 'groups created' },
  GroupRenamed: { da: 'grupper omdøbt', en: 'groups renamed' },
  GroupMemberAdded: { da: 'medlemmer sat ind i en gruppe', en: 'members put into a group' },
  GroupMemberRemoved: { da: 'medlemmer taget ud af en gruppe', en: 'members taken out of a group' },
  GroupFacilitatorChanged: { da: 'facilitatorer skiftet', en: 'facilitators changed' },
  GroupDissolved: { da: 'grupper nedlagt', en: 'groups dissolved' },
};

/** The overview's address after an import, carrying how many changes of each kind it recorded. */
export function importedPath(events: readonly OrganisationEvent[]): string {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const summary = [...counts].map(([type, count]) => `${type}:${count}`).join(',');
  return `${ORGANISATION_PATH}?indlaest=${encodeURIComponent(summary || 'ingen')}`;
}

export interface OverviewNotice {
  readonly text: Text;
  readonly counts?: readonly { readonly count: number; readonly text: Text }[];
}

/** The notice the overview's address asks for; anything it does not know says nothing. */
export function overviewNotice(query: { besked?: unknown; indlaest?: unknown }): OverviewNotice | undefined {
  if (typeof query.indlaest === 'string') {
    const counts = query.indlaest.split(',').flatMap((part) => {
      const [type = '', count = ''] = part.split(':');
      const text = Object.hasOwn(IMPORT_COUNTS, type) ? IMPORT_COUNTS[type] : undefined;
      return text && /^\d{1,6}$/.test(count) ? [{ count: Number(count), text }] : [];
    });
    return counts.length === 0
      ? { text: { da: 'Filen er indlæst. Intet var ændret.', en: 'The file is imported. Nothing had changed.' } }
      : { text: { da: 'Filen er indlæst. Det blev ændret:', en: 'The file is imported. What changed:' }, counts };
  }
  if (typeof query.besked === 'string' && Object.hasOwn(CHANGE_NOTICES, query.besked)) {
    return { text: CHANGE_NOTICES[query.besked]! };
  }
  return undefined;
}
