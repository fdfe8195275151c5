import { HttpStatus, UnprocessableEntityException } from '@nestjs/common';
import type { CsvProblem } from '@ledelsesrum/organisation-csv';
import { bothLanguages, csvProblemText, inOneLine, message } from '@ledelsesrum/messages';

/**
 * A refused import (422 CSV_INVALID: the body is text, as described, but not an organisation that can be read): every problem by line, worded in the answer as `dansk / English`. It keeps the
 * problems with their rules and values, so a page words them in its reader's language.
 */
export class CsvInvalidException extends UnprocessableEntityException {
  readonly problems: readonly CsvProblem[];

  constructor(problems: readonly CsvProblem[]) {
    const byLine = [...problems].sort((a, b) => a.line - b.line);
    super({
      statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
      code: 'CSV_INVALID',
      message: bothLanguages(message('api.organisation.import.not-imported')),
      details: { problems: byLine.map(problemAnswer) },
    });
    this.problems = byLine;
  }
}

/** A problem as the API answers it: its line, its column when it has one, and what is wrong in one line. */
function problemAnswer(problem: CsvProblem): { line: number; column?: string; message: string } {
  const { line, column } = problem;
  return { line, ...(column === undefined ? {} : { column }), message: inOneLine(csvProblemText(problem)) };
}
