import type { Actor } from '../auth/actor';
import { Body, Controller, ForbiddenException, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CascadeConfirmationView, CycleView } from '@ledelsesrum/domain';
import { message, refusal } from '@ledelsesrum/messages';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AnyRole, Roles } from '../auth/roles.decorator';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { NoBodyPipe } from '../common/no-body.pipe';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { cycleForReader } from './cycle-for-reader';
import { CyclesService } from './cycles.service';
import { ConfirmCascadeDto } from './dto/confirm-cascade.dto';
import { LaunchCycleDto } from './dto/launch-cycle.dto';
import { PublishSummaryDto } from './dto/publish-summary.dto';
import { RecordMeetingDto } from './dto/record-meeting.dto';
import { SetAgendaDto } from './dto/set-agenda.dto';
import { ReasonDto } from '../organisation/dto/organisation-changes.dto';
import { documented } from '../common/documented';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: documented('api.docs.cycles.idempotency-key'),
};

/** Cycle commands. Each validates, authorises and hands the command to the application layer. */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiHeader(IDEMPOTENCY_HEADER)
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.cycles.launch.summary') })
  launch(
    @Body() body: LaunchCycleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.cycles.launch(body, principal, key);
  }

  @Put(':id/agenda')
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.cycles.set-agenda.summary') })
  setAgenda(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: SetAgendaDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.cycles.command(id, { type: 'SetAgenda', ...body }, principal, key);
  }

  @Post(':id/prep')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.cycles.send-prep.summary') })
  sendPrep(
    @Param('id', ParseIdPipe) id: string,
    @Body(NoBodyPipe) _body: undefined,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.cycles.command(id, { type: 'SendPrep' }, principal, key);
  }

  @Post(':id/meetings/:groupId')
  @HttpCode(200)
  @Roles('chefgruppen', 'facilitator')
  @ApiOperation({ summary: documented('api.docs.cycles.record-meeting.summary') })
  async recordMeeting(
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: RecordMeetingDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    const group = (await this.cycles.launchedNow(id)).groups.find((candidate) => candidate.id === groupId);
    const isChefgruppen = principal.roles.includes('chefgruppen');
    // Only the facilitator the group had at launch may record for it; an unknown group is the domain's 409.
    if (!isChefgruppen && group?.facilitatorId !== principal.id) {
      throw refusal(message('api.cycles.meeting.facilitator-only'), (line) => new ForbiddenException(line));
    }
    const cycle = await this.cycles.command(id, { type: 'RecordMeeting', groupId, ...body }, principal, key);
    return cycleForReader(cycle, principal);
  }

  @Post(':id/summary')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.cycles.publish-summary.summary') })
  publishSummary(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PublishSummaryDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.cycles.command(id, { type: 'PublishSummary', text: body.text }, principal, key);
  }

  @Post(':id/cascades/:personId')
  @HttpCode(200)
  @AnyRole()
  @ApiOperation({ summary: documented('api.docs.cycles.confirm-cascade.summary') })
  confirmCascade(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ConfirmCascadeDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CascadeConfirmationView> {
    if (principal.id !== personId) {
      throw refusal(message('api.cycles.cascade.own-only'), (line) => new ForbiddenException(line));
    }
    const command = { type: 'ConfirmCascade' as const, personId, ...body };
    return this.cycles.confirmCascade(id, command, principal, key);
  }

  @Post(':id/cascades/:personId/release')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({
    summary: documented('api.docs.cycles.release.summary'),
  })
  releaseFromCascade(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleView> {
    return this.cycles.release(id, personId, body.reason, principal, key);
  }
}
