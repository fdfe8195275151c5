import type { Actor } from '../auth/actor';
import { Body, Controller, ForbiddenException, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { message, refusal } from '@ledelsesrum/messages';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AnyRole, Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdempotencyKey, IdempotencyKey } from '../common/idempotency-key.decorator';
import { NoBodyPipe } from '../common/no-body.pipe';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { cycleForReader } from './cycle-for-reader';
import { CONFIRMATION_LINKS, CYCLE_LINKS } from './cycle-links';
import { CyclesService } from './cycles.service';
import { CascadeConfirmationAnswerDto } from './dto/cascade-confirmation.answer';
import { CycleAnswerDto } from './dto/cycle.answer';
import { ConfirmCascadeDto } from './dto/confirm-cascade.dto';
import { LaunchCycleDto } from './dto/launch-cycle.dto';
import { PublishSummaryDto } from './dto/publish-summary.dto';
import { RecordMeetingDto } from './dto/record-meeting.dto';
import { SetAgendaDto } from './dto/set-agenda.dto';
import { ReasonDto } from '../organisation/dto/organisation-changes.dto';
import { documented } from '../common/documented';

/** The answer of a command that moves the cycle on: the cycle, with the links to what can be done with it next. */
const CycleMovedOn = () => ApiOkResponse({ type: CycleAnswerDto, links: CYCLE_LINKS });

/**
 * Cycle commands. Each validates, authorises and hands the command to the application layer. Each can meet a cycle
 * that does not exist (404) or one whose stage does not allow it (409).
 */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'launchCycle', summary: documented('api.docs.cycles.launch.summary') })
  @ApiCreatedResponse({ type: CycleAnswerDto, links: CYCLE_LINKS })
  // 404: a named group that does not exist; 409: a schedule that does not fit the meeting date; 422: a meeting date
  // already past (unless registered afterwards) or more than two years ahead.
  @ApiErrors(404, 409, 422)
  launch(
    @Body() body: LaunchCycleDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.launch(body, principal, key);
  }

  @Put(':id/agenda')
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'setAgenda', summary: documented('api.docs.cycles.set-agenda.summary') })
  @CycleMovedOn()
  // 422: an agenda without items.
  @ApiErrors(404, 409, 422)
  setAgenda(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: SetAgendaDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.command(id, { type: 'SetAgenda', ...body }, principal, key);
  }

  @Post(':id/prep')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'sendPrep', summary: documented('api.docs.cycles.send-prep.summary') })
  @CycleMovedOn()
  @ApiErrors(404, 409)
  sendPrep(
    @Param('id', ParseIdPipe) id: string,
    @Body(NoBodyPipe) _body: undefined,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.command(id, { type: 'SendPrep' }, principal, key);
  }

  @Post(':id/meetings/:groupId')
  @HttpCode(200)
  @Roles('chefgruppen', 'facilitator')
  @ApiIdParams('id', 'groupId')
  @ApiOperation({ operationId: 'recordMeeting', summary: documented('api.docs.cycles.record-meeting.summary') })
  @CycleMovedOn()
  // A group that is not in the cycle is the domain's 409 GROUP_NOT_IN_CYCLE, like an attendee not in the group.
  // 422: held by nobody, or at a time still to come.
  @ApiErrors(404, 409, 422)
  async recordMeeting(
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: RecordMeetingDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
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
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'publishSummary', summary: documented('api.docs.cycles.publish-summary.summary') })
  @CycleMovedOn()
  @ApiErrors(404, 409)
  publishSummary(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PublishSummaryDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.command(id, { type: 'PublishSummary', text: body.text }, principal, key);
  }

  @Post(':id/cascades/:personId')
  @HttpCode(200)
  @AnyRole()
  @ApiIdParams('id', 'personId')
  @ApiOperation({ operationId: 'confirmCascade', summary: documented('api.docs.cycles.confirm-cascade.summary') })
  @ApiOkResponse({ type: CascadeConfirmationAnswerDto, links: CONFIRMATION_LINKS })
  // 409: not yet published, a person not in the cycle, already confirmed or released.
  // 422: passed on at a time still to come.
  @ApiErrors(404, 409, 422)
  confirmCascade(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ConfirmCascadeDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CascadeConfirmationAnswerDto> {
    ownCascadeOnly(principal, personId);
    const command = { type: 'ConfirmCascade' as const, personId, ...body };
    return this.cycles.confirmCascade(id, command, principal, key);
  }

  @Post(':id/cascades/:personId/release')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id', 'personId')
  @ApiOperation({ operationId: 'releaseFromCascade', summary: documented('api.docs.cycles.release.summary') })
  @CycleMovedOn()
  @ApiErrors(404, 409)
  releaseFromCascade(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.withReason(id, 'ReleaseFromCascade', personId, body.reason, principal, key);
  }

  @Put(':id/cascades/:personId')
  @AnyRole()
  @ApiIdParams('id', 'personId')
  @ApiOperation({
    operationId: 'correctCascadeConfirmation',
    summary: documented('api.docs.cycles.correct-cascade.summary'),
  })
  @ApiOkResponse({ type: CascadeConfirmationAnswerDto, links: CONFIRMATION_LINKS })
  // 409: not confirmed (or withdrawn), a person not in the cycle, or the cycle is completed.
  @ApiErrors(404, 409)
  correctCascadeConfirmation(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ConfirmCascadeDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CascadeConfirmationAnswerDto> {
    ownCascadeOnly(principal, personId);
    const command = { type: 'CorrectCascadeConfirmation' as const, personId, ...body };
    return this.cycles.confirmCascade(id, command, principal, key);
  }

  @Post(':id/cascades/:personId/withdrawal')
  @HttpCode(200)
  @AnyRole()
  @ApiIdParams('id', 'personId')
  @ApiOperation({
    operationId: 'withdrawCascadeConfirmation',
    summary: documented('api.docs.cycles.withdraw-cascade.summary'),
  })
  @CycleMovedOn()
  // 409: not confirmed, a person not in the cycle, or the cycle is completed.
  @ApiErrors(404, 409)
  async withdrawCascadeConfirmation(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    ownCascadeOnly(principal, personId);
    const cycle = await this.cycles.withReason(
      id,
      'WithdrawCascadeConfirmation',
      personId,
      body.reason,
      principal,
      key,
    );
    return cycleForReader(cycle, principal);
  }

  @Post(':id/cascades/:personId/release/undo')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiIdParams('id', 'personId')
  @ApiOperation({ operationId: 'undoRelease', summary: documented('api.docs.cycles.undo-release.summary') })
  @CycleMovedOn()
  // 409: not released, a person not in the cycle, or the cycle is completed.
  @ApiErrors(404, 409)
  undoRelease(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<CycleAnswerDto> {
    return this.cycles.withReason(id, 'UndoRelease', personId, body.reason, principal, key);
  }
}

/** A leader's cascade is theirs alone: confirmed, corrected or withdrawn only by them. */
function ownCascadeOnly(principal: Actor, personId: string): void {
  if (principal.id !== personId) {
    throw refusal(message('api.cycles.cascade.own-only'), (line) => new ForbiddenException(line));
  }
}
