import type { Actor } from '../auth/actor';
import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdempotencyKey, IdempotencyKey } from '../common/idempotency-key.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CYCLE_LINKS } from './cycle-links';
import { CyclesService, givenParts } from './cycles.service';
import { CycleAnswerDto } from './dto/cycle.answer';
import { CloseCycleDto } from './dto/close-cycle.dto';
import { ScheduleDto } from './dto/schedule.dto';
import { TakeUpInputDto } from './dto/take-up-input.dto';
import { documented } from '../common/documented';

/**
 * Chefgruppen steering a running cycle rather than moving it a stage on: its timers, closing it with exceptions,
 * and tying it to input from earlier cycles. Each answers with the cycle's view, like every command.
 */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiIdempotencyKey()
@ApiOkResponse({ type: CycleAnswerDto, links: CYCLE_LINKS })
@Controller('cycles')
export class CycleSteeringController {
  constructor(private readonly cycles: CyclesService) {}

  @Patch(':id/schedule')
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'changeSchedule', summary: documented('api.docs.cycles.reschedule.summary') })
  // 409: a schedule that does not fit, or a part whose moment has passed.
  @ApiErrors(404, 409)
  // Only what is given changes: without a body (or `{}`) nothing does.
  @ApiBody({ type: ScheduleDto, required: false })
  changeSchedule(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ScheduleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    const command = { type: 'ChangeSchedule' as const, ...givenParts(body) };
    return this.cycles.command(id, command, principal, key);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'closeCycle', summary: documented('api.docs.cycles.close.summary') })
  @ApiErrors(404, 409)
  close(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CloseCycleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.command(id, { type: 'CloseCycle', reason: body.reason }, principal, key);
  }

  @Post(':id/taken-up-input')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'takeUpInput', summary: documented('api.docs.cycles.take-up.summary') })
  // 404: an earlier cycle that does not exist; 422: an item it does not have, or a cycle that is not earlier.
  @ApiErrors(404, 409, 422)
  takeUpInput(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: TakeUpInputDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    const { fromCycleId, groupId, item } = body;
    return this.cycles.takeUpInput(id, { fromCycleId, groupId, item }, principal, key);
  }
}
