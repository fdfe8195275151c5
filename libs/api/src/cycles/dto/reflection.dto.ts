import { documented } from '../../common/documented';
import { TextProperty } from '../../common/text-property';

/** The most a reflection holds: a page for the staff, not a report. */
export const MAX_REFLECTION = 4_000;

/** The leader's reflection for their own workplace, whole as it should read. */
export class ReflectionDto {
  @TextProperty({
    maxLength: MAX_REFLECTION,
    example: 'For os betyder det, at vi tager trivsel op på næste personalemøde.',
    description: documented('api.docs.cycles.reflection.text'),
  })
  text!: string;
}
