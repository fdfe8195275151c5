import {
  currentDocument,
  decideOrganisation,
  evolveOrganisationAll,
  type OrganisationCommand,
  type OrganisationState,
} from '@ledelsesrum/domain';
import type { OrganisationService } from '@ledelsesrum/api/organisation';
import type { Actor } from '@ledelsesrum/api/auth';

/** A member taken out of one group and/or put into another; one of the two may be absent. */
export interface MemberMove {
  readonly personId: string;
  readonly fromGroupId?: string;
  readonly toGroupId?: string;
}

/**
 * The API moves a member with two calls: `DELETE /api/groups/:from/members/:personId`, then
 * `POST /api/groups/:to/members`. Here the same two commands are decided in turn by the domain, with the same rules
 * (the facilitator cannot leave their group, a person is a member once, someone who left cannot join), and their
 * result is recorded as one change — the way the API adopts groups — so a move never stops half-way.
 */
export function moveMember(organisation: OrganisationService, move: MemberMove, actor: Actor): Promise<unknown> {
  return organisation.execute((state) => {
    const context = { actorId: actor.id, now: new Date().toISOString() };
    let moved: OrganisationState = state;
    for (const command of commandsOf(move)) {
      moved = evolveOrganisationAll(moved, decideOrganisation(command, moved, context));
    }
    return { type: 'ImportOrganisation', ...currentDocument(moved) };
  }, actor);
}

function commandsOf({ personId, fromGroupId, toGroupId }: MemberMove): OrganisationCommand[] {
  return [
    ...(fromGroupId === undefined ? [] : [{ type: 'RemoveGroupMember' as const, groupId: fromGroupId, personId }]),
    ...(toGroupId === undefined ? [] : [{ type: 'AddGroupMember' as const, groupId: toGroupId, personId }]),
  ];
}
