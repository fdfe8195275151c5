import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { GroupDto } from './put-organisation.dto';

export class ComposeGroupsDto {
  @ApiPropertyOptional({ default: 11, description: 'Antal grupper / Number of groups' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  count?: number;

  @ApiPropertyOptional({ description: 'Samme seed, samme forslag / Same seed, same proposal' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;
}

export class AdoptGroupsDto {
  @ApiProperty({
    type: [GroupDto],
    description: 'Grupperne fra et forslag, evt. rettet / The proposal’s groups, possibly edited',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GroupDto)
  groups!: GroupDto[];
}
