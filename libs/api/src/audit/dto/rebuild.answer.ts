import { ApiProperty } from '@nestjs/swagger';

/** What a rebuild did: the cycles and events it folded from the first event, up to `position`, and how long it took. */
export class RebuildAnswerDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly cycles!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly events!: number;
  @ApiProperty({ type: 'integer' }) readonly position!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly durationMs!: number;
}
