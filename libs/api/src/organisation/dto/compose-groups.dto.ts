import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { GroupDto } from './put-organisation.dto';
import { documented } from '../../common/documented';
import { PresentProperty } from '../../common/present-property';

/** The most groups a proposal has, and an adopted set of groups may have. */
export const MAX_GROUPS = 500;

/** The proposal's options; the body may be left out altogether, for 11 groups from seed 1. */
export class ComposeGroupsDto {
  @PresentProperty('omittable', {
    type: 'integer',
    minimum: 1,
    maximum: MAX_GROUPS,
    default: 11,
    description: documented('api.docs.organisation.compose.group-count'),
  })
  @IsInt()
  @Min(1)
  @Max(MAX_GROUPS)
  count?: number;

  @PresentProperty('omittable', {
    type: 'integer',
    minimum: 0,
    maximum: 2 ** 31 - 1,
    default: 1,
    description: documented('api.docs.organisation.compose.seed'),
  })
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;
}

/**
 * The groups to adopt. Compose's answer is taken as it stands: its `scores` and `unmet` describe the proposal, not
 * the groups, and are accepted and ignored.
 */
export class AdoptGroupsDto {
  @ApiProperty({
    type: [GroupDto],
    minItems: 1,
    maxItems: MAX_GROUPS,
    description: documented('api.docs.organisation.adopt.groups'),
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GROUPS)
  @ValidateNested({ each: true })
  @Type(() => GroupDto)
  groups!: GroupDto[];

  @PresentProperty('omittable', {
    type: 'array',
    items: {},
    maxItems: MAX_GROUPS,
    description: documented('api.docs.organisation.adopt.ignored'),
  })
  @IsArray()
  @ArrayMaxSize(MAX_GROUPS)
  scores?: unknown[];

  @PresentProperty('omittable', {
    type: 'array',
    items: {},
    description: documented('api.docs.organisation.adopt.ignored'),
  })
  @IsArray()
  unmet?: unknown[];
}
