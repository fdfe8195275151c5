import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonKeyStore } from '@ledelsesrum/personal-data';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, EVENT_STORE, PERSON_KEY_STORE, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { documented } from '../common/documented';

interface HealthReport {
  status: 'ok' | 'degraded';
  temporal: { reachable: boolean };
  /** Which store (never its URL: that may hold a password), and whether `ping()` reached it. */
  eventStore: { kind: AppConfig['eventStore']['kind']; reachable: boolean };
  /** The per-person keys: a SQLite file or PostgreSQL; without them no name can be read or written. */
  personalDataKeys: { kind: AppConfig['personalDataKeys']['kind']; reachable: boolean };
}

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
  @ApiOperation({
    summary: documented('api.docs.health.check.summary'),
  })
  async check(@Res({ passthrough: true }) response: { status(code: number): void }): Promise<HealthReport> {
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
