import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  PUBLICATION_STREAM,
  type DistributionList,
  type PublicationState,
} from '@ledelsesrum/domain';
import { commandOrigin, type Actor } from '../auth/actor';
import { PUBLICATION_COMMANDS, type PublicationCommands } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { feedTokenHash, feedTokenMatches, newFeedToken } from './feed-token';

/** Who made the feed's current token, and when. */
export interface FeedTokenInfo {
  readonly rotatedBy: string;
  readonly at: string;
}

/** The distribution lists in force, who set them and when; undefined before chefgruppen has set any. */
export type DistributionListsInForce = NonNullable<PublicationState['distributionLists']>;

/**
 * How the organisation hears of the rounds: the staff feed's token and the distribution lists, made and checked
 * through the application layer.
 */
@Injectable()
export class PublicationService {
  constructor(
    @Inject(PUBLICATION_COMMANDS) private readonly commands: PublicationCommands,
    private readonly organisation: OrganisationService,
  ) {}

  /** Makes a new feed token and records its hash; the one before stops working at once. The token is returned once. */
  async rotateFeedToken(actor: Actor): Promise<string> {
    const token = newFeedToken();
    const command = { type: 'RotateStaffFeedToken', tokenHash: feedTokenHash(token) } as const;
    await this.commands.execute(PUBLICATION_STREAM, command, commandOrigin(actor, command.type));
    return token;
  }

  /** The current token's maker and time; undefined before chefgruppen has made one. */
  async feedToken(): Promise<FeedTokenInfo | undefined> {
    const token = (await this.commands.current(PUBLICATION_STREAM)).state.feedToken;
    return token && { rotatedBy: token.rotatedBy, at: token.at };
  }

  /** Whether `token` is the feed's current token. */
  async acceptsFeedToken(token: string): Promise<boolean> {
    const { state } = await this.commands.current(PUBLICATION_STREAM);
    return feedTokenMatches(token, state.feedToken?.hash);
  }

  /**
   * Replaces the distribution lists. Each list's area must be one the organisation has now: the domain judges the
   * lists among themselves, the organisation's own stream which areas exist. Answers the lists as stored.
   */
  async setDistributionLists(actor: Actor, lists: readonly DistributionList[]): Promise<readonly DistributionList[]> {
    const { state: organisation } = await this.organisation.current();
    const unknown = lists.find(({ areaId }) => areaId !== undefined && !Object.hasOwn(organisation.areas, areaId));
    if (unknown) throw new DomainError(DomainErrorCode.UnknownArea, { id: unknown.areaId });
    const command = { type: 'SetDistributionLists', lists } as const;
    await this.commands.execute(PUBLICATION_STREAM, command, commandOrigin(actor, command.type));
    return (await this.distributionLists())?.lists ?? [];
  }

  async distributionLists(): Promise<DistributionListsInForce | undefined> {
    return (await this.commands.current(PUBLICATION_STREAM)).state.distributionLists;
  }
}
