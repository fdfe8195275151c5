import { BadRequestException, Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CycleView } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import {
  readCycleHistory,
  readCycleInput,
  replayCycle,
  toCycleDetails,
  type CycleDetails,
  type CycleHistoryEntry,
  type CycleReadModel,
  type GroupInput,
} from '@ledelsesrum/projections';
import { message, refusal } from '@ledelsesrum/messages';
import { AnyRole, Roles } from '../auth/roles.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Actor } from '../auth/actor';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CYCLE_READ_MODEL, EVENT_STORE, PERSONAL_DATA_VAULT } from '../infrastructure/tokens';
import { cycleForReader } from './cycle-for-reader';
import { openedCycleWords } from './opened-cycle-words';
import { StateQueryDto } from './dto/state-query.dto';
import { unknownCycle } from './unknown-cycle';
import { documented } from '../common/documented';

/** Reads: current views from the projection; history and past states straight from the cycle's events. */
@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CycleReadsController {
  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: documented('api.docs.cycles.list.summary'),
  })
  list(@CurrentPrincipal() reader: Actor): CycleView[] {
    return this.readModel.list().map((cycle) => cycleForReader(cycle, reader));
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({
    summary: documented('api.docs.cycles.one.summary'),
  })
  async get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() reader: Actor): Promise<CycleDetails> {
    // Launched through another API replica a moment ago, the cycle may be stored but not yet delivered here.
    if (this.readModel.get(id)?.state.status !== 'launched') await this.readModel.caughtUp();
    const entry = this.readModel.get(id);
    if (!entry || entry.state.status !== 'launched') {
      throw unknownCycle(id);
    }
    return cycleForReader(toCycleDetails(entry.state, entry.revision), reader);
  }

  @Get(':id/events')
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({
    summary: documented('api.docs.cycles.history.summary'),
  })
  async events(@Param('id', ParseIdPipe) id: string): Promise<CycleHistoryEntry[]> {
    const history = await readCycleHistory(this.store, id);
    if (history.length === 0) throw unknownCycle(id);
    return Promise.all(
      history.map(async (entry) => ({ ...entry, data: await openedCycleWords(this.vault, entry.type, entry.data) })),
    );
  }

  @Get(':id/state')
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({ summary: documented('api.docs.cycles.state.summary') })
  async stateAt(@Param('id', ParseIdPipe) id: string, @Query() query: StateQueryDto): Promise<CycleView> {
    if ((query.revision === undefined) === (query.at === undefined)) {
      throw refusal(message('api.cycles.state.revision-or-at'), (line) => new BadRequestException(line));
    }
    const until = query.revision !== undefined ? { revision: query.revision } : { at: new Date(query.at!) };
    const view = await replayCycle(this.store, id, until);
    if (!view)
      throw refusal(message('api.cycles.state.not-yet', { cycleId: id }), (line) => new NotFoundException(line));
    return view;
  }

  @Get(':id/input')
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({
    summary: documented('api.docs.cycles.input.summary'),
  })
  async input(@Param('id', ParseIdPipe) id: string): Promise<GroupInput[]> {
    const input = await readCycleInput(this.store, id, (groupId, item) => this.readModel.takenUpIn(id, groupId, item));
    if (!input) throw unknownCycle(id);
    return input;
  }
}
