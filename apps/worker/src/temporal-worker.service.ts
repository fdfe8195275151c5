import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from '@ledelsesrum/config';
import type { CycleProcessActivities } from '@ledelsesrum/contracts';
import { CYCLE_ACTIVITIES } from './activities/cycle-activities.provider';
import { APP_CONFIG } from './tokens';
import { workflowBundlePath } from './workflow-bundle-path';
import { temporalConnectionOptions, temporalPayloadCodec } from '@ledelsesrum/temporal-client';

/** Runs the Temporal worker for the life of the application and drains it on shutdown. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CYCLE_ACTIVITIES) private readonly activities: CycleProcessActivities,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { address, namespace, taskQueue, security, payloadKeys } = this.config.temporal;
    this.connection = await NativeConnection.connect(temporalConnectionOptions(address, security));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      workflowBundle: { codePath: workflowBundlePath() },
      activities: { ...this.activities },
      dataConverter: { payloadCodecs: [temporalPayloadCodec(payloadKeys, this.config.dataDir)] },
    });
    this.running = this.worker.run();
    this.running.catch((error: unknown) => {
      this.logger.error(`Temporal-workeren stoppede / The Temporal worker stopped: ${String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`Worker klar / Worker ready: ${address}, namespace ${namespace}, task queue ${taskQueue}`);
  }

  /** Before the store closes: stop polling, let running activities finish, then let go of the connection. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
