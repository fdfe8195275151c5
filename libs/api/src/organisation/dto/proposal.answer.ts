import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPOSITION_CONSTRAINTS, type CompositionConstraint, type LeaderLevel } from '@ledelsesrum/domain';
import { documented } from '../../common/documented';
import { GroupAnswerDto } from './organisation.answer';

const COUNT = { type: 'integer', minimum: 0 } as const;

/** Members per level of the hierarchy. */
export class LevelCountsDto implements Record<LeaderLevel, number> {
  @ApiProperty(COUNT) readonly direktør!: number;
  @ApiProperty(COUNT) readonly chef!: number;
  @ApiProperty(COUNT) readonly leder!: number;
}

/** How evenly one proposed group is spread over areas, levels and experience. */
export class GroupScoreDto {
  @ApiProperty({ example: 'g-01' }) readonly groupId!: string;
  @ApiProperty(COUNT) readonly size!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: COUNT,
    description: documented('api.docs.organisation.score.areas'),
  })
  readonly areas!: Record<string, number>;
  @ApiProperty({ type: LevelCountsDto }) readonly levels!: LevelCountsDto;
  @ApiProperty(COUNT) readonly experienced!: number;
  @ApiProperty(COUNT) readonly new!: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: documented('api.docs.organisation.score.spread') })
  readonly spread!: number;
}

/** A constraint the proposal could not meet, worded, with where. */
export class ConstraintReportAnswerDto {
  @ApiProperty({ enum: COMPOSITION_CONSTRAINTS }) readonly constraint!: CompositionConstraint;
  @ApiProperty() readonly message!: string;
  @ApiPropertyOptional({ type: [String] }) readonly groupIds?: string[];
  @ApiPropertyOptional({ type: [String] }) readonly personIds?: string[];
}

/** A proposal of groups; `POST /api/organisation/groups/adopt` takes it back as it stands. */
export class CompositionProposalAnswerDto {
  @ApiProperty({ type: [GroupAnswerDto] }) readonly groups!: GroupAnswerDto[];
  @ApiProperty({ type: [GroupScoreDto] }) readonly scores!: GroupScoreDto[];
  @ApiProperty({ type: [ConstraintReportAnswerDto], description: documented('api.docs.organisation.compose.unmet') })
  readonly unmet!: ConstraintReportAnswerDto[];
}
