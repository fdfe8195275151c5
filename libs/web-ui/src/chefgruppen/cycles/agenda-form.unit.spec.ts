import 'reflect-metadata';
import { agendaFormValues, materialRowCount, parseEntry, readAgendaForm, SPARE_MATERIAL_ROWS } from './agenda-form';

// Nest's packages are ES modules Jest cannot load; the DTOs' OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));
// The API's entries without their Nest modules (see testing/api-forms).
jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('../../testing/api-forms').cycles);
jest.mock('@ledelsesrum/api/common', () => jest.requireActual('../../testing/api-forms').common);

describe('the agenda form', () => {
  it('reads "title | description" lines, the description optional, and writes them back the same way', () => {
    expect(parseEntry('Trivsel')).toEqual({ title: 'Trivsel' });
    expect(parseEntry(' Spørg dit team |  Hvad fylder hos jer? ')).toEqual({
      title: 'Spørg dit team',
      description: 'Hvad fylder hos jer?',
    });
    expect(parseEntry('Trivsel |')).toEqual({ title: 'Trivsel' });
    const values = agendaFormValues({
      items: [{ title: 'Trivsel', description: 'Hvad virker?' }, { title: 'Næste skridt' }],
      prepTasks: [],
      materials: [{ kind: 'article', title: 'Forskning', url: 'https://example.org/a' }],
    });
    expect(values).toMatchObject({
      items: 'Trivsel | Hvad virker?\nNæste skridt',
      prepTasks: '',
      'materialKind-0': 'article',
      'materialTitle-0': 'Forskning',
      'materialUrl-0': 'https://example.org/a',
    });
    expect(materialRowCount(values)).toBe(1 + SPARE_MATERIAL_ROWS);
  });

  it('makes the command from lines and filled rows, leaving out blank lines and empty rows', async () => {
    const form = await readAgendaForm({
      items: 'Trivsel | Hvad virker?\r\n\r\nNæste skridt\n',
      prepTasks: 'Spørg dit team',
      'materialKind-0': 'speaker',
      'materialTitle-0': '',
      'materialUrl-0': '',
      'materialKind-1': 'case',
      'materialTitle-1': 'Casen fra skoleområdet',
      'materialUrl-1': '',
      'materialKind-2': 'article',
    });

    expect(form).toEqual({
      command: expect.objectContaining({
        items: [expect.objectContaining({ title: 'Trivsel', description: 'Hvad virker?' }), { title: 'Næste skridt' }],
        prepTasks: [{ title: 'Spørg dit team' }],
        materials: [expect.objectContaining({ kind: 'case', title: 'Casen fra skoleområdet' })],
      }),
    });
  });

  it('puts each error at its line or row, with the rows closed up as they are shown again', async () => {
    const form = await readAgendaForm({
      items: `Trivsel\n\n | uden titel\n${'x'.repeat(201)}`,
      prepTasks: '',
      'materialKind-0': 'speaker',
      'materialTitle-0': '',
      'materialUrl-0': '',
      'materialKind-1': 'podcast',
      'materialTitle-1': 'Lyt',
      'materialUrl-1': 'ftp://example.org',
    });

    if (!('state' in form)) throw new Error('expected errors');
    // The first error per field wins: line 2 (the blank line is gone) has no title.
    expect(form.state.errors['items']).toEqual({ da: 'Linje 2: Skal udfyldes', en: 'Line 2: Required' });
    expect(form.state.values['items']).toBe(`Trivsel\n| uden titel\n${'x'.repeat(201)}`);
    expect(form.state.errors['materialKind-0']).toEqual({
      da: 'Vælg en af mulighederne',
      en: 'Choose one of the options',
    });
    expect(form.state.errors['materialUrl-0']?.da).toContain('https://');
    expect(form.state.values['materialTitle-0']).toBe('Lyt');
    expect(form.state.values).not.toHaveProperty('materialTitle-1');
  });
});
