import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { CommandHandler } from '@ledelsesrum/application';
import { JwtTokens, OidcVerifier, RoutingTokenVerifier, resolveJwtSecret } from '@ledelsesrum/auth';
import { loadConfig, type AppConfig } from '@ledelsesrum/config';
import { cycleDecider, organisationDecider, publicationDecider } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { openEventStore } from '@ledelsesrum/event-store-open';
import {
  PersonalDataVault,
  forgetErasedKeys,
  openPersonKeyStore,
  type PersonKeyStore,
} from '@ledelsesrum/personal-data';
import { CycleReadModel } from '@ledelsesrum/projections';
import { connectTemporalClient, temporalPayloadCodec } from '@ledelsesrum/temporal-client';
import {
  APP_CONFIG,
  CYCLE_COMMANDS,
  CYCLE_READ_MODEL,
  ORGANISATION_COMMANDS,
  PUBLICATION_COMMANDS,
  type CycleCommands,
  type OrganisationCommands,
  type PublicationCommands,
  EVENT_STORE,
  PERSONAL_DATA_VAULT,
  PERSON_KEY_STORE,
  TEMPORAL_CLIENT,
  TOKEN_VERIFIER,
} from './tokens';

/** Wires the ports to their adapters from the configuration, and closes them when the API stops. */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openEventStore(config.eventStore),
    },
    {
      provide: PERSON_KEY_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openPersonKeyStore(config.personalDataKeys),
    },
    {
      provide: PERSONAL_DATA_VAULT,
      inject: [PERSON_KEY_STORE, EVENT_STORE],
      useFactory: async (keys: PersonKeyStore, store: EventStore) => {
        const vault = new PersonalDataVault(keys);
        // Stopped with the store's other subscriptions when the store closes.
        await forgetErasedKeys(store, vault);
        return vault;
      },
    },
    {
      provide: TOKEN_VERIFIER,
      inject: [APP_CONFIG],
      // The dev secret is only resolved (and generated into the data folder) when dev tokens are accepted at all.
      useFactory: (config: AppConfig) =>
        new RoutingTokenVerifier({
          devTokens: config.devTokens ? new JwtTokens(resolveJwtSecret(config.jwtSecret, config.dataDir)) : undefined,
          oidc: config.oidc ? new OidcVerifier(config.oidc) : undefined,
        }),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        connectTemporalClient({
          address: config.temporal.address,
          namespace: config.temporal.namespace,
          security: config.temporal.security,
          payloadCodec: temporalPayloadCodec(config.temporal.payloadKeys, config.dataDir),
        }),
    },
    {
      provide: CYCLE_COMMANDS,
      inject: [EVENT_STORE],
      useFactory: (store: EventStore): CycleCommands => new CommandHandler(store, cycleDecider),
    },
    {
      provide: ORGANISATION_COMMANDS,
      inject: [EVENT_STORE],
      useFactory: (store: EventStore): OrganisationCommands => new CommandHandler(store, organisationDecider),
    },
    {
      provide: PUBLICATION_COMMANDS,
      inject: [EVENT_STORE],
      useFactory: (store: EventStore): PublicationCommands => new CommandHandler(store, publicationDecider),
    },
    {
      provide: CYCLE_READ_MODEL,
      inject: [EVENT_STORE],
      useFactory: async (store: EventStore) => {
        const readModel = new CycleReadModel(store);
        await readModel.start();
        return readModel;
      },
    },
  ],
  exports: [
    APP_CONFIG,
    EVENT_STORE,
    PERSONAL_DATA_VAULT,
    PERSON_KEY_STORE,
    TOKEN_VERIFIER,
    TEMPORAL_CLIENT,
    CYCLE_READ_MODEL,
    CYCLE_COMMANDS,
    ORGANISATION_COMMANDS,
    PUBLICATION_COMMANDS,
  ],
})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.readModel.stop();
    await this.temporal.connection.close();
    await this.store.close();
    await this.keys.close();
  }
}
