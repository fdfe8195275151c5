import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, MaxLength, ValidateNested } from 'class-validator';
import { documented } from '../../common/documented';
import { IdProperty } from '../../common/id-property';
import { PresentProperty } from '../../common/present-property';
import { TextProperty } from '../../common/text-property';
import { MAX_TITLE } from '../../common/validation';

/** More lists than areas in any municipality: a longer set is a mistake, not a configuration. */
export const MAX_DISTRIBUTION_LISTS = 100;

export class DistributionListDto {
  @TextProperty({ example: 'Alle medarbejdere', description: documented('api.docs.publication.lists.name') })
  name!: string;

  @PresentProperty('required', {
    type: String,
    format: 'email',
    maxLength: MAX_TITLE,
    example: 'alle-medarbejdere@kommune.dk',
    description: documented('api.docs.publication.lists.address'),
  })
  @IsEmail()
  @MaxLength(MAX_TITLE)
  address!: string;

  @IdProperty({ presence: 'omittable', example: 'social', description: documented('api.docs.publication.lists.area') })
  areaId?: string;
}

/** Every distribution list that gets the published summaries; the set replaces the one before. */
export class DistributionListsDto {
  @ApiProperty({ type: [DistributionListDto], maxItems: MAX_DISTRIBUTION_LISTS })
  @IsArray()
  @ArrayMaxSize(MAX_DISTRIBUTION_LISTS)
  @ValidateNested({ each: true })
  @Type(() => DistributionListDto)
  lists!: DistributionListDto[];
}
