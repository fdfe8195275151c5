import { documented } from '../../common/documented';
import { TextProperty } from '../../common/text-property';

/** Why chefgruppen calls the round off; those who got messages from it are told. */
export class CancelCycleDto {
  @TextProperty({
    maxLength: 500,
    example: documented('api.docs.cycles.cancel.reason-example'),
    description: documented('api.docs.cycles.close.reason'),
  })
  reason!: string;
}
