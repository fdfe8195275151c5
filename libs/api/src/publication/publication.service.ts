import { Inject, Injectable } from '@nestjs/common';
import { PUBLICATION_STREAM } from '@ledelsesrum/domain';
import { commandOrigin, type Actor } from '../auth/actor';
import { PUBLICATION_COMMANDS, type PublicationCommands } from '../infrastructure/tokens';
import { feedTokenHash, feedTokenMatches, newFeedToken } from './feed-token';

/** Who made the feed's current token, and when. */
export interface FeedTokenInfo {
  readonly rotatedBy: string;
  readonly at: string;
}

/** How the organisation hears of the rounds: the staff feed's token, made and checked through the application layer. */
@Injectable()
export class PublicationService {
  constructor(@Inject(PUBLICATION_COMMANDS) private readonly commands: PublicationCommands) {}

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
}
