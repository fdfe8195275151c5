import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { verifyStore } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import { Roles } from '../auth/roles.decorator';
import { EVENT_STORE } from '../infrastructure/tokens';
import { documented } from '../common/documented';
import { VerifyAnswerDto } from './dto/verify.answer';
import { verifyAnswer } from './verify-answer';

/** The auditor's check of the hash chain, the same walk as `ledelsesrum verify`, answered as JSON. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditVerifyController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({ operationId: 'verifyAudit', summary: documented('api.docs.audit.verify.summary') })
  @ApiOkResponse({ type: VerifyAnswerDto })
  async verify(): Promise<VerifyAnswerDto> {
    // Read page by page, yielding between pages, so other requests are served while a large store is walked.
    return verifyAnswer(await verifyStore(this.store));
  }
}
