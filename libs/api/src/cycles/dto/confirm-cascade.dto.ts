import { MAX_TITLE } from '../../common/validation';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';
import { DateOrInstantProperty } from '../../common/date-properties';
import { TextProperty } from '../../common/text-property';

export class ConfirmCascadeDto {
  @DateOrInstantProperty({
    example: '2027-03-18T10:00:00+01:00',
    description: documented('api.docs.cycles.confirm-cascade.at'),
  })
  passedOnAt!: string;

  @TextProperty({
    maxLength: MAX_TITLE,
    example: 'personalemøde',
    description: documented('api.docs.cycles.confirm-cascade.how'),
  })
  channel!: string;

  @TextProperty({
    required: false,
    maxLength: 2_000,
    description: documented('api.docs.cycles.confirm-cascade.reflection'),
  })
  @Omittable()
  note?: string;
}
