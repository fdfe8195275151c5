import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { GroupDto } from './put-organisation.dto';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

export class ComposeGroupsDto {
  @ApiPropertyOptional({ default: 11, description: documented('api.docs.organisation.compose.group-count') })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(500)
  count?: number;

  @ApiPropertyOptional({ description: documented('api.docs.organisation.compose.seed') })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;
}

export class AdoptGroupsDto {
  @ApiProperty({
    type: [GroupDto],
    description: documented('api.docs.organisation.adopt.groups'),
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GroupDto)
  groups!: GroupDto[];
}
