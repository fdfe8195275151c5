import { Injectable, type PipeTransform } from '@nestjs/common';
import { bothLanguages, message } from '@ledelsesrum/messages';
import { validationFailed } from './validation-failed';

/** For commands that take no input: no body, or an empty JSON object. Any field sent is refused, as elsewhere. */
@Injectable()
export class NoBodyPipe implements PipeTransform<unknown, undefined> {
  transform(body: unknown): undefined {
    const empty =
      body === undefined ||
      body === null ||
      (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
    if (!empty) {
      const fields = typeof body === 'object' && !Array.isArray(body) ? Object.keys(body as object) : [];
      throw validationFailed(
        fields.length
          ? fields.map((field) => ({ field, message: `property ${field} should not exist` }))
          : [{ field: '', message: bothLanguages(message('api.request.body.not-expected')) }],
      );
    }
    return undefined;
  }
}
