import type { Actor } from '../auth/actor';
import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CycleView } from '@ledelsesrum/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CyclesService, givenParts } from './cycles.service';
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
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: documented('api.docs.cycles.idempotency-key'),
})
@Controller('cycles')
export class CycleSteeringController {
  constructor(private readonly cycles: CyclesService) {}

  @Patch(':id/schedule')
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.cycles.reschedule.summary') })
  changeSchedule(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ScheduleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const command = { type: 'ChangeSchedule' as const, ...givenParts(body) };
    return this.cycles.command(id, command, principal, key);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({
    summary: documented('api.docs.cycles.close.summary'),
  })
  close(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CloseCycleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.cycles.command(id, { type: 'CloseCycle', reason: body.reason }, principal, key);
  }

  @Post(':id/taken-up-input')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.cycles.take-up.summary') })
  takeUpInput(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: TakeUpInputDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const { fromCycleId, groupId, item } = body;
    return this.cycles.takeUpInput(id, { fromCycleId, groupId, item }, principal, key);
  }
}
