import type { ChainBreakKind } from '@ledelsesrum/audit';
import type { Role } from '@ledelsesrum/auth';
import { ROLE_NAMES } from '../common/roles-text';
import type { Text } from '../common/text';

/** How a break in the hash chain shows, in words an auditor can act on (see ChainBreakKind in libs/audit). */
export const BREAK_KINDS: Readonly<Record<ChainBreakKind, { readonly name: Text; readonly meaning: Text }>> = {
  changed: {
    name: { da: 'Ændret', en: 'Changed' },
    meaning: {
      da: 'En hændelses indhold passer ikke længere med dens hash.',
      en: 'An event’s content no longer matches its hash.',
    },
  },
  deleted: {
    name: { da: 'Slettet', en: 'Deleted' },
    meaning: {
      da: 'En hændelse mangler: der er et hul i positionerne eller i en strøms revisioner.',
      en: 'An event is missing: there is a gap in the positions or in a stream’s revisions.',
    },
  },
  inserted: {
    name: { da: 'Indsat', en: 'Inserted' },
    meaning: { da: 'En række, der ikke hører til kæden.', en: 'A row that is not part of the chain.' },
  },
  reordered: {
    name: { da: 'Omrokeret', en: 'Reordered' },
    meaning: {
      da: 'Hændelser står på andre pladser, end de blev hashet på.',
      en: 'Events stand at other positions than the ones they were hashed at.',
    },
  },
};

/** A role recorded on an event: the site's name for it, or the recorded word itself (e.g. `system`). */
export function recordedRoleName(role: string): Text {
  return Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role as Role] : { da: role, en: role };
}
