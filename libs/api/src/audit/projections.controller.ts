import { Body, Controller, HttpCode, Inject, Logger, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@ledelsesrum/auth';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { NoBodyPipe } from '../common/no-body.pipe';
import { CYCLE_READ_MODEL } from '../infrastructure/tokens';
import { documented } from '../common/documented';
import { RebuildAnswerDto } from './dto/rebuild.answer';

/**
 * Read models are projections of the events and can be dropped and rebuilt at any time. Rebuilding changes nothing
 * stored, so chefgruppen (who run the system) may do it as well as auditors (who check the views against the events).
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/projections')
export class ProjectionsController {
  private readonly logger = new Logger('projections');

  constructor(@Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel) {}

  @Post('rebuild')
  @HttpCode(200)
  @Roles('auditor', 'chefgruppen')
  @ApiOperation({ operationId: 'rebuildProjections', summary: documented('api.docs.audit.rebuild.summary') })
  @ApiOkResponse({ type: RebuildAnswerDto })
  async rebuild(
    @Body(NoBodyPipe) _body: undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RebuildAnswerDto> {
    const result = await this.readModel.rebuild();
    this.logger.log(
      `Læsemodellen genopbygget af / Read model rebuilt by ${principal.id}: ${result.cycles} møderunder/meeting rounds, ` +
        `${result.events} hændelser/events, ${result.durationMs} ms`,
    );
    return result;
  }
}
