import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MATERIAL_KINDS, type MaterialKind } from '@ledelsesrum/domain';
import { MAX_TEXT, MAX_TITLE } from '../../common/validation';
import { worded } from '../../common/field-message';
import { Omittable } from '../../common/presence';
import { TextProperty } from '../../common/text-property';

const MAX_ENTRIES = 50;
/** Long enough for any link to an article or a video; a longer one is not a link a person follows. */
const MAX_URL = 2_000;

export class AgendaEntryDto {
  @TextProperty({ maxLength: MAX_TITLE, example: 'Hvad betyder tværgående ledelse hos os?' })
  title!: string;

  @TextProperty({ required: false, minLength: 0, maxLength: MAX_TEXT })
  @Omittable()
  description?: string;
}

/** A material's address: http(s), a host name, a port perhaps, then any path: what a link on a page can open. */
const WEB_ADDRESS = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/\S*)?$/;

export class MaterialDto {
  @ApiProperty({ enum: MATERIAL_KINDS }) @IsIn(MATERIAL_KINDS) kind!: MaterialKind;
  @TextProperty({ maxLength: MAX_TITLE }) title!: string;

  @ApiPropertyOptional({ pattern: WEB_ADDRESS.source, maxLength: MAX_URL })
  @Omittable()
  @MaxLength(MAX_URL)
  @Matches(WEB_ADDRESS, worded('api.field.web-address'))
  url?: string;
}

export class SetAgendaDto {
  @ApiProperty({ type: [AgendaEntryDto], maxItems: MAX_ENTRIES })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryDto)
  items!: AgendaEntryDto[];

  @ApiProperty({ type: [AgendaEntryDto], maxItems: MAX_ENTRIES })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryDto)
  prepTasks!: AgendaEntryDto[];

  @ApiProperty({ type: [MaterialDto], maxItems: MAX_ENTRIES })
  @IsArray()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => MaterialDto)
  materials!: MaterialDto[];
}
