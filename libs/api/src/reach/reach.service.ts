import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CommandOrigin } from '@ledelsesrum/application';
import type { AppConfig } from '@ledelsesrum/config';
import { isActive, own, reachStreamId } from '@ledelsesrum/domain';
import { message, refusal } from '@ledelsesrum/messages';
import { APP_CONFIG } from '../infrastructure/tokens';
import { OrganisationService } from '../organisation/organisation.service';
import { REACH_COMMANDS, type ReachCommands } from './reach-commands.provider';

/**
 * Who an answer came from, as its events record it: nobody. No person, no request id (the logs tie a request id to
 * an address), no key: the workplace page is anonymous, and its answers must stay so.
 */
const ANONYMOUS: CommandOrigin = { actorId: 'anonym', via: 'workplace-link' };

/** "Jeg har hørt om det": an answer from a workplace's page, recorded in the round's reach stream. */
@Injectable()
export class ReachService {
  constructor(
    @Inject(REACH_COMMANDS) private readonly commands: ReachCommands,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisation: OrganisationService,
  ) {}

  /** Records one answer for the workplace of `leaderId` in the round; 429 over the workplace's hourly cap. */
  async answer(cycleId: string, leaderId: string, answer: string | undefined): Promise<void> {
    const leader = own((await this.organisation.current()).state.people, leaderId);
    if (!isActive(leader)) {
      throw refusal(message('api.reach.unknown-workplace'), (line) => new NotFoundException(line));
    }
    const { areaId, level } = leader;
    await this.commands.execute(
      reachStreamId(cycleId),
      {
        type: 'AnswerReach',
        cycleId,
        leaderId,
        areaId,
        level,
        ...(answer === undefined ? {} : { answer }),
        perWorkplacePerHour: this.config.limits.reachPerWorkplacePerHour,
      },
      ANONYMOUS,
    );
  }
}
