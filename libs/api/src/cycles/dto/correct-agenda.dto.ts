import { documented } from '../../common/documented';
import { TextProperty } from '../../common/text-property';
import { MAX_TEXT } from '../../common/validation';
import { SetAgendaDto } from './set-agenda.dto';

/** The agenda as it should read after prep, what changed (the leaders' errata) and why. */
export class CorrectAgendaDto extends SetAgendaDto {
  @TextProperty({
    maxLength: MAX_TEXT,
    example: documented('api.docs.cycles.correct-agenda.changes-example'),
    description: documented('api.docs.cycles.correct-agenda.changes'),
  })
  changes!: string;

  @TextProperty({
    maxLength: 500,
    example: documented('api.docs.cycles.correct-agenda.reason-example'),
    description: documented('api.docs.cycles.correct-agenda.reason'),
  })
  reason!: string;
}
