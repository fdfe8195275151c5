import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { ID_MESSAGE, ID_PATTERN } from './validation';

/** Path ids share the body's id rules, so a malformed id is a 400, never a lookup. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value)) throw new BadRequestException(ID_MESSAGE.replace('$property', 'id'));
    return value;
  }
}
