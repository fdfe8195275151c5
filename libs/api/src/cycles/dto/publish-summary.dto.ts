import { TextProperty } from '../../common/text-property';

export class PublishSummaryDto {
  @TextProperty({ maxLength: 50_000, example: 'Opsamling fra mødedagen …' })
  text!: string;
}
