import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { verifyStore, type VerifyResult } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import { Roles } from '../auth/roles.decorator';
import { EVENT_STORE } from '../infrastructure/tokens';

/** The auditor's check of the hash chain, the same walk as `ledelsesrum verify`, answered as JSON. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditVerifyController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({
    summary:
      'Efterregner hash-kæden: intakt med antal og hoved, eller det første brud / Recomputes the hash chain: ' +
      'intact with counts and head, or the first broken link (auditor)',
  })
  async verify(): Promise<VerifyResult> {
    // Read page by page, yielding between pages, so other requests are served while a large store is walked.
    return verifyStore(this.store);
  }
}
