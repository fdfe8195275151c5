import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { MeetingPlanDto, ScheduleDto } from '../cycles/dto/schedule.dto';
import { fieldMessage, wordedText } from './field-message';
import { VALIDATION_OPTIONS } from './validation-options';

async function errorsOf<T extends object>(dto: new () => T, body: object): Promise<ValidationError[]> {
  return validate(plainToInstance(dto, body), VALIDATION_OPTIONS);
}

function errorOf(errors: readonly ValidationError[], property: string): ValidationError {
  const error = errors.find((candidate) => candidate.property === property);
  if (!error) throw new Error(`no error for ${property}`);
  return error;
}

// Nest's packages are ES modules Jest cannot load; the DTOs' OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));

describe('a field refused in words from the catalogue', () => {
  it('answers with the field, then Danish and English, as the API always has', async () => {
    const errors = await errorsOf(MeetingPlanDto, { startTime: '9', durationMinutes: 5 });
    expect(errorOf(errors, 'startTime').constraints).toEqual({
      matches: 'startTime: TT:MM, fx 09:00 / HH:MM, e.g. 09:00',
    });
    expect(errorOf(errors, 'durationMinutes').constraints).toEqual({
      min: 'durationMinutes: mindst 15 minutter / at least 15 minutes',
    });
  });

  it('words a validator of the API’s own, for each value of a list', async () => {
    const errors = await errorsOf(ScheduleDto, { reminders: ['P7D', 'soon'], deadline: 'P14D' });
    expect(errorOf(errors, 'reminders').constraints).toEqual({
      isDuration: 'reminders: en varighed som P7D, PT36H eller P1DT12H / a duration such as P7D, PT36H or P1DT12H',
    });
  });

  it('carries the message id, so a form can say it in the reader’s language alone', async () => {
    const error = errorOf(await errorsOf(MeetingPlanDto, { durationMinutes: 721 }), 'durationMinutes');
    expect(error.contexts).toEqual({ max: { messageId: 'api.field.minutes.at-most' } });
    expect(wordedText(error, 'max')).toEqual({ da: 'højst 720 minutter', en: 'at most 720 minutes' });
  });

  it('has no words of its own for a constraint the validator words itself', async () => {
    const error = errorOf(await errorsOf(MeetingPlanDto, { place: '' }), 'place');
    // An empty place breaks its length, worded by the validator, and "more than blanks", worded from the catalogue.
    expect(Object.keys(error.constraints ?? {})).toEqual(['minLength', 'matches']);
    expect(wordedText(error, 'minLength')).toBeUndefined();
    expect(wordedText(error, 'matches')).toEqual({ da: 'mere end mellemrum', en: 'more than blanks' });
  });

  it('puts a header’s or a query’s name in front the same way', () => {
    expect(fieldMessage('Idempotency-Key', 'api.field.idempotency-key')).toBe(
      'Idempotency-Key: 1-200 synlige ASCII-tegn / 1-200 visible ASCII characters',
    );
  });
});
