import { documented } from '../../common/documented';
import { TextProperty } from '../../common/text-property';

/** Why chefgruppen closes the cycle before every leader confirmed; shown with the exceptions. */
export class CloseCycleDto {
  @TextProperty({
    maxLength: 500,
    example: documented('api.docs.cycles.close.reason-example'),
    description: documented('api.docs.cycles.close.reason'),
  })
  reason!: string;
}
