import 'reflect-metadata';
import { LaunchCycleDto, SetAgendaDto } from '@ledelsesrum/api/cycles';
import { lines, many, readForm } from './read-form';

// Nest's packages are ES modules Jest cannot load; the DTOs' OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));
// The API's entries without their Nest modules (see testing/api-forms).
jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('../testing/api-forms').cycles);
jest.mock('@ledelsesrum/api/common', () => jest.requireActual('../testing/api-forms').common);

describe('readForm', () => {
  it('gives the command when the API’s DTO accepts it', async () => {
    const result = await readForm(LaunchCycleDto, { theme: 'Trivsel', meetingDate: '2027-03-11' });
    expect(result).toEqual({ value: expect.objectContaining({ theme: 'Trivsel', meetingDate: '2027-03-11' }) });
  });

  it('gives each field’s error in Danish and English, keeping the DTO’s own bilingual messages', async () => {
    const result = await readForm(LaunchCycleDto, { theme: '', meetingDate: '2027-02-30' });
    expect(result).toEqual({
      errors: {
        theme: { da: 'Skal udfyldes', en: 'Required' },
        meetingDate: { da: 'en dato som ÅÅÅÅ-MM-DD', en: 'a date as YYYY-MM-DD' },
      },
    });
  });

  it('names nested fields by their path, and refuses fields the command does not have', async () => {
    const result = await readForm(SetAgendaDto, {
      items: [{ title: 'ok' }, { title: 'x'.repeat(201) }],
      prepTasks: [],
      materials: [{ kind: 'poem', title: 'Digt' }],
      extra: 1,
    });
    expect(result).toEqual({
      errors: {
        'items.1.title': { da: 'Højst 200 tegn', en: 'At most 200 characters' },
        'materials.0.kind': { da: 'Vælg en af mulighederne', en: 'Choose one of the options' },
        extra: { da: 'Feltet findes ikke i formularen', en: 'This field is not part of the form' },
      },
    });
  });
});

describe('form values', () => {
  it('reads a textarea as its non-empty trimmed lines, and a repeated field as a list', () => {
    expect(lines(' a \r\n\n b\n')).toEqual(['a', 'b']);
    expect(many('x')).toEqual(['x']);
    expect(many(['x', 'y'])).toEqual(['x', 'y']);
    expect(many(undefined)).toEqual([]);
  });
});
