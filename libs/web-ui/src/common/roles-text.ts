import type { Role } from '@ledelsesrum/auth';
import { message } from '@ledelsesrum/messages';
import type { Text } from './text';

export const ROLE_NAMES: Readonly<Record<Role, Text>> = {
  chefgruppen: message('web.common.role.chefgruppen'),
  facilitator: message('web.common.role.facilitator'),
  leader: message('web.common.role.leader'),
  auditor: message('web.common.role.auditor'),
  employee: message('web.common.role.employee'),
};

export interface MenuEntry {
  readonly path: string;
  readonly label: Text;
}

/** Each role's pages in the menu; the first is the role's start page, where signing in takes a person. */
export const ROLE_MENUS: Readonly<Record<Role, readonly [MenuEntry, ...MenuEntry[]]>> = {
  chefgruppen: [
    { path: '/chefgruppen', label: message('web.common.menu.chefgruppen.cycles') },
    { path: '/chefgruppen/organisation', label: message('web.common.menu.chefgruppen.organisation') },
    { path: '/chefgruppen/offentliggoerelse', label: message('web.publication.title') },
  ],
  facilitator: [
    { path: '/facilitator', label: message('web.common.menu.facilitator') },
    { path: '/mine-data', label: message('web.my-data.title') },
  ],
  leader: [
    { path: '/leder', label: message('web.common.menu.leader') },
    { path: '/mine-data', label: message('web.my-data.title') },
  ],
  auditor: [{ path: '/revision', label: message('web.common.menu.auditor') }],
  employee: [{ path: '/medarbejder', label: message('web.common.menu.employee') }],
};

/** Where signing in takes a person in this role. */
export function roleHome(role: Role): string {
  return ROLE_MENUS[role][0].path;
}
