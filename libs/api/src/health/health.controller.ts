import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonKeyStore } from '@ledelsesrum/personal-data';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, EVENT_STORE, PERSON_KEY_STORE, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { documented } from '../common/documented';
import { HealthAnswerDto } from './health.answer';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'checkHealth', summary: documented('api.docs.health.check.summary') })
  @ApiOkResponse({ type: HealthAnswerDto })
  // Degraded is the same report, with the part that did not answer: a load balancer reads the status alone.
  @ApiServiceUnavailableResponse({ type: HealthAnswerDto, description: documented('api.docs.status.503') })
  async check(@Res({ passthrough: true }) response: { status(code: number): void }): Promise<HealthAnswerDto> {
    const [temporal, eventStore, personalDataKeys] = await Promise.all([
      reachable(() =>
        this.temporal.connection.withDeadline(Date.now() + 2_000, () =>
          this.temporal.connection.workflowService.getSystemInfo({}),
        ),
      ),
      reachable(() => this.store.ping()),
      reachable(() => this.keys.ping()),
    ]);
    const ok = temporal && eventStore && personalDataKeys;
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'degraded',
      temporal: { reachable: temporal },
      eventStore: { kind: this.config.eventStore.kind, reachable: eventStore },
      personalDataKeys: { kind: this.config.personalDataKeys.kind, reachable: personalDataKeys },
    };
  }
}

async function reachable(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    return false;
  }
}
