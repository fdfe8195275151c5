import type { Actor } from '../auth/actor';
import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdempotencyKey, IdempotencyKey } from '../common/idempotency-key.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { documented } from '../common/documented';
import { cycleForReader } from './cycle-for-reader';
import { CYCLE_LINKS } from './cycle-links';
import { CyclesService } from './cycles.service';
import { AmendMeetingRecordDto } from './dto/amend-meeting-record.dto';
import { CancelCycleDto } from './dto/cancel-cycle.dto';
import { CorrectAgendaDto } from './dto/correct-agenda.dto';
import { CycleAnswerDto } from './dto/cycle.answer';
import { assertMayAmendRecord } from './meeting-amendment-access';

/**
 * Putting a cycle right, each correction an event of its own with who, when and why: a meeting record amended, the
 * agenda corrected after prep (the leaders get errata), the round cancelled (whoever got messages is told).
 */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiIdempotencyKey()
@ApiOkResponse({ type: CycleAnswerDto, links: CYCLE_LINKS })
@Controller('cycles')
export class CycleCorrectionsController {
  constructor(private readonly cycles: CyclesService) {}

  @Put(':id/meetings/:groupId')
  @Roles('chefgruppen', 'facilitator')
  @ApiIdParams('id', 'groupId')
  @ApiOperation({ operationId: 'amendMeetingRecord', summary: documented('api.docs.cycles.amend-meeting.summary') })
  // 409: no record to amend, an attendee not in the group, no reason after the summary, a cancelled cycle.
  @ApiErrors(404, 409)
  async amendMeetingRecord(
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: AmendMeetingRecordDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    assertMayAmendRecord(await this.cycles.launchedNow(id), groupId, principal);
    const cycle = await this.cycles.command(id, { type: 'AmendMeetingRecord', groupId, ...body }, principal, key);
    return cycleForReader(cycle, principal);
  }

  @Post(':id/agenda/correction')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'correctAgenda', summary: documented('api.docs.cycles.correct-agenda.summary') })
  // 409: prep not sent yet (set the agenda instead), or the meetings are held.
  @ApiErrors(404, 409)
  correctAgenda(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CorrectAgendaDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.command(id, { type: 'CorrectAgenda', ...body }, principal, key);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'cancelCycle', summary: documented('api.docs.cycles.cancel.summary') })
  // 409: the cycle is completed or already cancelled.
  @ApiErrors(404, 409)
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CancelCycleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.command(id, { type: 'CancelCycle', reason: body.reason }, principal, key);
  }
}
