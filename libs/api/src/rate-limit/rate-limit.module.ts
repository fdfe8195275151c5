import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '@ledelsesrum/config';
import { InfrastructureModule } from '../infrastructure/infrastructure.module';
import { APP_CONFIG } from '../infrastructure/tokens';
import { rateLimits } from './rate-limits';

/** The counts behind RateLimitGuard, in this process's memory: each API replica counts for itself. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [InfrastructureModule],
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => rateLimits(config),
    }),
  ],
})
export class RateLimitModule {}
