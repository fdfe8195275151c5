import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUrl, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MATERIAL_KINDS, type MaterialKind } from '@ledelsesrum/domain';
import { MAX_TEXT, MAX_TITLE } from '../../common/validation';
import { Omittable } from '../../common/presence';

export class AgendaEntryDto {
  @ApiProperty({ example: 'Hvad betyder tværgående ledelse hos os?' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  title!: string;

  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(MAX_TEXT) description?: string;
}

export class MaterialDto {
  @ApiProperty({ enum: MATERIAL_KINDS }) @IsIn(MATERIAL_KINDS) kind!: MaterialKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(MAX_TITLE) title!: string;
  @ApiPropertyOptional() @Omittable() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) url?: string;
}

export class SetAgendaDto {
  @ApiProperty({ type: [AgendaEntryDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryDto)
  items!: AgendaEntryDto[];

  @ApiProperty({ type: [AgendaEntryDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryDto)
  prepTasks!: AgendaEntryDto[];

  @ApiProperty({ type: [MaterialDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MaterialDto)
  materials!: MaterialDto[];
}
