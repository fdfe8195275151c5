import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { message, refusal } from '@ledelsesrum/messages';
import { ID_PATTERN } from './validation';

/** Path ids share the body's id rules, so a malformed id is a 400, never a lookup. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value)) {
      throw refusal(message('api.field.id'), (line) => new BadRequestException(`id: ${line}`));
    }
    return value;
  }
}
