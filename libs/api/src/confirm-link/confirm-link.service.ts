import { GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ConfirmLinkError, type ConfirmLinkClaims, type ConfirmLinks } from '@ledelsesrum/auth';
import { actorOf } from '../auth/actor';
import {
  own,
  type CascadeConfirmationView,
  type CycleView,
  type LaunchedCycle,
  type Participant,
} from '@ledelsesrum/domain';
import { message, refusal } from '@ledelsesrum/messages';
import { CyclesService } from '../cycles/cycles.service';
import { OrganisationService } from '../organisation/organisation.service';
import type { ConfirmCascadeDto } from '../cycles/dto/confirm-cascade.dto';
import type { OwnConfirmation } from '../cycles/own-confirmation';
import { CONFIRM_LINKS } from './confirm-links.provider';
import type { ConfirmLinkAnswerDto, ConfirmLinkStatus } from './confirm-link.answer';

/** What a link holder may see: the cycle's theme and their own status, no names or e-mail addresses. */
export type ConfirmLinkView = ConfirmLinkAnswerDto;

export const REVOKED_CODE = 'CONFIRM_LINK_REVOKED';

/**
 * The personal confirmation link: whoever holds it acts as its person, for its cycle only. Confirming goes through
 * the same CyclesService command as the signed-in route, with the person as the actor.
 */
@Injectable()
export class ConfirmLinkService {
  constructor(
    @Inject(CONFIRM_LINKS) private readonly links: ConfirmLinks,
    private readonly cycles: CyclesService,
    private readonly organisation: OrganisationService,
  ) {}

  /**
   * The link's claims. Expired: 410. Invalid: 404, as for a page that does not exist, because the link itself is
   * the credential (there is no sign-in to retry, which 401 would suggest) and nothing is said about why. A link whose
   * person was released from the cycle, has left the organisation or was erased: 410, for good.
   */
  async open(token: string): Promise<ConfirmLinkClaims> {
    const claims = await this.verified(token);
    if (await this.revoked(claims)) {
      throw refusal(
        message('api.confirm-link.link.revoked'),
        (line) => new GoneException({ statusCode: 410, code: REVOKED_CODE, message: line }),
      );
    }
    return claims;
  }

  private async revoked({ cycleId, personId }: ConfirmLinkClaims): Promise<boolean> {
    const person = own((await this.organisation.current()).state.people, personId);
    if (person?.leftAt !== undefined || person?.personalDataErasedAt !== undefined) return true;
    // A cycle that does not exist is for `view` to refuse, as an invalid link.
    const cycle = await this.cycles.launchedNow(cycleId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return undefined;
      throw error;
    });
    return cycle?.participants.get(personId)?.released !== undefined;
  }

  private async verified(token: string): Promise<ConfirmLinkClaims> {
    try {
      return await this.links.verify(token);
    } catch (error) {
      if (!(error instanceof ConfirmLinkError)) throw error;
      if (error.reason === 'expired') {
        throw refusal(
          message('api.confirm-link.link.expired'),
          (line) => new GoneException({ statusCode: 410, code: 'CONFIRM_LINK_EXPIRED', message: line }),
        );
      }
      throw refusal(
        message('api.confirm-link.link.invalid'),
        (line) => new NotFoundException({ statusCode: 404, code: 'CONFIRM_LINK_INVALID', message: line }),
      );
    }
  }

  /** The person's status in the cycle, from the read model; 404 for an unknown cycle or a non-participant. */
  view(claims: ConfirmLinkClaims): ConfirmLinkView {
    const cycle = this.cycles.launched(claims.cycleId);
    const participant = cycle.participants.get(claims.personId);
    if (!participant) {
      throw refusal(
        message('api.confirm-link.link.invalid'),
        (line) => new NotFoundException({ statusCode: 404, code: 'CONFIRM_LINK_INVALID', message: line }),
      );
    }
    return {
      cycleId: cycle.id,
      theme: cycle.theme,
      personId: participant.personId,
      status: statusOf(cycle, participant),
      expiresAt: claims.expiresAt.toISOString(),
    };
  }

  /** Whether the link's person may still correct or withdraw their confirmation: given, and the cycle not completed. */
  correctable(claims: ConfirmLinkClaims): boolean {
    const cycle = this.cycles.launched(claims.cycleId);
    return cycle.stage !== 'completed' && cycle.participants.get(claims.personId)?.cascade !== undefined;
  }

  /** The link's person's confirmation as it stands, note opened, for the correction form. */
  ownConfirmation(claims: ConfirmLinkClaims): Promise<OwnConfirmation | undefined> {
    return this.cycles.ownConfirmation(claims.cycleId, claims.personId);
  }

  /**
   * ConfirmCascade for the link's person, as that person (role leader), recorded as having come through the link
   * (`via: 'confirm-link'`). The same command as the signed-in route, and the domain's rules alone decide it. With
   * `correcting`, the link's person corrects the confirmation they gave.
   */
  confirm(
    claims: ConfirmLinkClaims,
    body: ConfirmCascadeDto,
    requestId: string | undefined,
    idempotencyKey?: string,
    correcting = false,
  ): Promise<CascadeConfirmationView> {
    const { cycleId, personId } = claims;
    const type = correcting ? ('CorrectCascadeConfirmation' as const) : ('ConfirmCascade' as const);
    const command = { type, personId, ...body };
    return this.cycles.confirmCascade(cycleId, command, linkActor(claims, requestId), idempotencyKey, 'confirm-link');
  }

  /** The link's person takes their confirmation back, as the signed-in route does, recorded as through the link. */
  withdraw(
    claims: ConfirmLinkClaims,
    reason: string,
    requestId: string | undefined,
    idempotencyKey?: string,
  ): Promise<CycleView> {
    const { cycleId, personId } = claims;
    const actor = linkActor(claims, requestId);
    return this.cycles.withReason(
      cycleId,
      'WithdrawCascadeConfirmation',
      personId,
      reason,
      actor,
      idempotencyKey,
      'confirm-link',
    );
  }
}

/** Whoever holds the link acts as its person, with the role of a leader. */
function linkActor(claims: ConfirmLinkClaims, requestId: string | undefined) {
  return actorOf({ id: claims.personId, roles: ['leader'] }, requestId);
}

function statusOf(cycle: LaunchedCycle, participant: Participant): ConfirmLinkStatus {
  if (participant.cascade) return 'confirmed';
  if (participant.released) return 'released';
  // Completed with this person unconfirmed: chefgruppen closed the cycle with them among the exceptions.
  if (cycle.stage === 'completed' || cycle.stage === 'cancelled') return 'closed';
  return cycle.stage === 'summary_published' ? 'pending' : 'not_yet';
}
