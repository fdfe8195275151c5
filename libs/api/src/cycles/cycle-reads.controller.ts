import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@ledelsesrum/event-store';
import { readCycleInput, replayCycle, toCycleDetails, type CycleReadModel } from '@ledelsesrum/projections';
import { bothLanguages, message, refusal } from '@ledelsesrum/messages';
import { AnyRole, Roles } from '../auth/roles.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Actor } from '../auth/actor';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CYCLE_READ_MODEL, EVENT_STORE } from '../infrastructure/tokens';
import { CyclesService } from './cycles.service';
import { cycleForReader } from './cycle-for-reader';
import { CYCLE_LINKS } from './cycle-links';
import { CycleAnswerDto } from './dto/cycle.answer';
import { CycleDetailsAnswerDto } from './dto/cycle-details.answer';
import { CycleEventAnswerDto } from './dto/cycle-event.answer';
import { GroupInputAnswerDto } from './dto/group-input.answer';
import { StateQueryDto } from './dto/state-query.dto';
import { unknownCycle } from './unknown-cycle';
import { conflictingParameters } from '../common/conflicting-parameters';
import { documented } from '../common/documented';

/** Reads: current views from the projection; history and past states straight from the cycle's events. */
@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CycleReadsController {
  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cycles: CyclesService,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ operationId: 'listCycles', summary: documented('api.docs.cycles.list.summary') })
  @ApiOkResponse({ type: [CycleAnswerDto] })
  list(@CurrentPrincipal() reader: Actor): CycleAnswerDto[] {
    return this.readModel.list().map((cycle) => cycleForReader(cycle, reader));
  }

  @Get(':id')
  @AnyRole()
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'getCycle', summary: documented('api.docs.cycles.one.summary') })
  @ApiOkResponse({ type: CycleDetailsAnswerDto, links: CYCLE_LINKS })
  @ApiErrors(404)
  async get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() reader: Actor): Promise<CycleDetailsAnswerDto> {
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
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'getCycleEvents', summary: documented('api.docs.cycles.history.summary') })
  @ApiOkResponse({ type: [CycleEventAnswerDto] })
  @ApiErrors(404)
  async events(@Param('id', ParseIdPipe) id: string): Promise<CycleEventAnswerDto[]> {
    const history = await this.cycles.openedHistory(id);
    if (history.length === 0) throw unknownCycle(id);
    return history;
  }

  @Get(':id/state')
  @Roles('chefgruppen', 'auditor')
  @ApiIdParams('id')
  @ApiOperation({
    operationId: 'getCycleState',
    summary: documented('api.docs.cycles.state.summary'),
    // Exactly one of the two query parameters: both, or neither, is a 422.
    description: bothLanguages(message('api.cycles.state.revision-or-at')),
  })
  @ApiOkResponse({ type: CycleAnswerDto })
  // 404: no such cycle, or not launched yet at that revision or moment; 422: both or neither of revision and at.
  @ApiErrors(404, 422)
  async stateAt(@Param('id', ParseIdPipe) id: string, @Query() query: StateQueryDto): Promise<CycleAnswerDto> {
    if ((query.revision === undefined) === (query.at === undefined)) {
      throw conflictingParameters(message('api.cycles.state.revision-or-at'));
    }
    const until = query.revision !== undefined ? { revision: query.revision } : { at: new Date(query.at!) };
    const view = await replayCycle(this.store, id, until);
    if (!view)
      throw refusal(message('api.cycles.state.not-yet', { cycleId: id }), (line) => new NotFoundException(line));
    return view;
  }

  @Get(':id/input')
  @Roles('chefgruppen', 'auditor')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'getCycleInput', summary: documented('api.docs.cycles.input.summary') })
  @ApiOkResponse({ type: [GroupInputAnswerDto] })
  @ApiErrors(404)
  async input(@Param('id', ParseIdPipe) id: string): Promise<GroupInputAnswerDto[]> {
    const input = await readCycleInput(this.store, id, (groupId, item) => this.readModel.takenUpIn(id, groupId, item));
    if (!input) throw unknownCycle(id);
    return input;
  }
}
