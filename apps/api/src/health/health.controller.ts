import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, EVENT_STORE, TEMPORAL_CLIENT } from '../tokens';

interface HealthReport {
  status: 'ok' | 'degraded';
  temporal: { reachable: boolean };
  /** Which store (never its URL: that may hold a password), and whether `ping()` reached it. */
  eventStore: { kind: AppConfig['eventStore']['kind']; reachable: boolean };
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Kører Temporal og hændelseslageret? / Are Temporal and the event store reachable? (public)',
  })
  async check(@Res({ passthrough: true }) response: { status(code: number): void }): Promise<HealthReport> {
    const [temporal, eventStore] = await Promise.all([
      reachable(() =>
        this.temporal.connection.withDeadline(Date.now() + 2_000, () =>
          this.temporal.connection.workflowService.getSystemInfo({}),
        ),
      ),
      reachable(() => this.store.ping()),
    ]);
    const ok = temporal && eventStore;
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'degraded',
      temporal: { reachable: temporal },
      eventStore: { kind: this.config.eventStore.kind, reachable: eventStore },
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
