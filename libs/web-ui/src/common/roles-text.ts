import type { Role } from '@ledelsesrum/auth';
import type { Text } from './text';

export const ROLE_NAMES: Readonly<Record<Role, Text>> = {
  chefgruppen: { da: 'Chefgruppen', en: 'Chefgruppen (top management)' },
  facilitator: { da: 'Facilitator', en: 'Facilitator' },
  leader: { da: 'Leder', en: 'Leader' },
  auditor: { da: 'Revisor', en: 'Auditor' },
};

export interface MenuEntry {
  readonly path: string;
  readonly label: Text;
}

/** Each role's pages in the menu; the first is the role's start page, where signing in takes a person. */
export const ROLE_MENUS: Readonly<Record<Role, readonly [MenuEntry, ...MenuEntry[]]>> = {
  chefgruppen: [
    { path: '/chefgruppen', label: { da: 'Cyklusser', en: 'Cycles' } },
    { path: '/chefgruppen/organisation', label: { da: 'Organisation', en: 'Organisation' } },
  ],
  facilitator: [{ path: '/facilitator', label: { da: 'Mine grupper', en: 'My groups' } }],
  leader: [{ path: '/leder', label: { da: 'Mine møderunder', en: 'My meeting rounds' } }],
  auditor: [{ path: '/revision', label: { da: 'Revision', en: 'Audit' } }],
};

/** Where signing in takes a person in this role. */
export function roleHome(role: Role): string {
  return ROLE_MENUS[role][0].path;
}
