import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import { connectTemporalClient, temporalPayloadCodec } from '@ledelsesrum/temporal-client';
import { APP_CONFIG, EVENT_STORE } from '../tokens';
import { CheckpointFile } from './checkpoint-file';
import { signalWithStart } from './signal-with-start';
import { WakeUpSubscription } from './wake-up-subscription';

/** The file under the data folder that holds how far this worker has woken the cycles' processes. */
export const WAKE_UP_CHECKPOINT_FILE = 'wake-up-checkpoint.json';

/** Runs the wake-up subscription for the life of the worker. */
@Injectable()
export class WakeUpService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WakeUpService.name);
  private client?: Client;
  private subscription?: WakeUpSubscription;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onApplicationBootstrap(): void {
    const { address, namespace, taskQueue, security, payloadKeys } = this.config.temporal;
    const payloadCodec = temporalPayloadCodec(payloadKeys, this.config.dataDir);
    this.client = connectTemporalClient({ address, namespace, security, payloadCodec });
    this.subscription = new WakeUpSubscription(
      this.store,
      signalWithStart(this.client, taskQueue),
      new CheckpointFile(join(this.config.dataDir, WAKE_UP_CHECKPOINT_FILE)),
      { log: (message) => this.logger.warn(message) },
    );
    this.subscription.start();
  }

  /** Before the store closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    await this.client?.connection.close();
  }
}
