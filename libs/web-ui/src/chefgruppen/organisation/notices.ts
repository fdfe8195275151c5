import type { OrganisationEvent } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { ORGANISATION_PATH } from './paths';
import { type Text } from '../../common/text';

/** What the overview says after a change sent the browser back to it (`?besked=`). */
const CHANGE_NOTICES: Readonly<Record<string, Text>> = {
  'person-gemt': message('web.chefgruppen.organisation.notices.change.person-gemt'),
  'person-tilfoejet': message('web.chefgruppen.organisation.people.added'),
  'persondata-slettet': message('web.chefgruppen.organisation.personal-data.erased'),
  fratraadt: message('web.chefgruppen.organisation.notices.change.fratraadt'),
  flyttet: message('web.chefgruppen.organisation.notices.change.flyttet'),
  facilitator: message('web.chefgruppen.organisation.notices.change.facilitator'),
  grupper: message('web.chefgruppen.organisation.notices.change.grupper'),
};

/** The import's changes, by the kind of event they were recorded as. */
const IMPORT_COUNTS: Readonly<Record<string, Text>> = {
  AreaAdded: message('web.chefgruppen.organisation.notices.imported.area-added'),
  AreaRenamed: message('web.chefgruppen.organisation.notices.imported.area-renamed'),
  AreaRemoved: message('web.chefgruppen.organisation.notices.imported.area-removed'),
  PersonAdded: message('web.chefgruppen.organisation.notices.imported.person-added'),
  PersonChanged: message('web.chefgruppen.organisation.notices.imported.person-changed'),
  PersonDetailsChanged: message('web.chefgruppen.organisation.notices.imported.person-details-changed'),
  PersonLeft: message('web.chefgruppen.organisation.notices.imported.person-left'),
  GroupCreated: message('web.chefgruppen.organisation.notices.imported.group-created'),
  GroupRenamed: message('web.chefgruppen.organisation.notices.imported.group-renamed'),
  GroupMemberAdded: message('web.chefgruppen.organisation.notices.imported.group-member-added'),
  GroupMemberRemoved: message('web.chefgruppen.organisation.notices.imported.group-member-removed'),
  GroupFacilitatorChanged: message('web.chefgruppen.organisation.notices.imported.group-facilitator-changed'),
  GroupDissolved: message('web.chefgruppen.organisation.notices.imported.group-dissolved'),
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
      ? { text: message('web.chefgruppen.organisation.notices.imported-nothing-changed') }
      : { text: message('web.chefgruppen.organisation.notices.imported-changes'), counts };
  }
  if (typeof query.besked === 'string' && Object.hasOwn(CHANGE_NOTICES, query.besked)) {
    return { text: CHANGE_NOTICES[query.besked]! };
  }
  return undefined;
}
