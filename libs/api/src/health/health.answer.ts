import { ApiProperty } from '@nestjs/swagger';
import type { AppConfig } from '@ledelsesrum/config';

class ReachableDto {
  @ApiProperty() readonly reachable!: boolean;
}

/** Which store (never its URL: that may hold a password), and whether it answered. */
class EventStoreHealthDto extends ReachableDto {
  @ApiProperty({ enum: ['sqlite', 'postgres', 'eventstoredb'] }) readonly kind!: AppConfig['eventStore']['kind'];
}

/** The per-person keys: without them no name can be read or written. */
class PersonalDataKeysHealthDto extends ReachableDto {
  @ApiProperty({ enum: ['sqlite', 'postgres'] }) readonly kind!: AppConfig['personalDataKeys']['kind'];
}

/** `ok` (200) when Temporal, the event store and the keys all answer; `degraded` (503) otherwise. */
export class HealthAnswerDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) readonly status!: 'ok' | 'degraded';
  @ApiProperty({ type: ReachableDto }) readonly temporal!: ReachableDto;
  @ApiProperty({ type: EventStoreHealthDto }) readonly eventStore!: EventStoreHealthDto;
  @ApiProperty({ type: PersonalDataKeysHealthDto }) readonly personalDataKeys!: PersonalDataKeysHealthDto;
}
