import type { ChainBreakKind } from '@ledelsesrum/audit';
import type { Role } from '@ledelsesrum/auth';
import { message } from '@ledelsesrum/messages';
import { ROLE_NAMES } from '../common/roles-text';
import type { Text } from '../common/text';

/** How a break in the hash chain shows, in words an auditor can act on (see ChainBreakKind in libs/audit). */
export const BREAK_KINDS: Readonly<Record<ChainBreakKind, { readonly name: Text; readonly meaning: Text }>> = {
  changed: {
    name: message('web.auditor.break.changed'),
    meaning: message('web.auditor.break.changed.text'),
  },
  deleted: {
    name: message('web.auditor.break.deleted'),
    meaning: message('web.auditor.break.deleted.text'),
  },
  inserted: {
    name: message('web.auditor.break.inserted'),
    meaning: message('web.auditor.break.inserted.text'),
  },
  reordered: {
    name: message('web.auditor.break.reordered'),
    meaning: message('web.auditor.break.reordered.text'),
  },
};

/** A role recorded on an event: the site's name for it, or the recorded word itself (e.g. `system`). */
export function recordedRoleName(role: string): Text {
  return Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role as Role] : { da: role, en: role };
}
