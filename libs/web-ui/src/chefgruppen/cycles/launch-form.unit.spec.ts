import 'reflect-metadata';
import { readLaunchForm } from './launch-form';

// Nest's packages are ES modules Jest cannot load; the DTOs' OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));
// The API's entries without their Nest modules (see testing/api-forms).
jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('../../testing/api-forms').cycles);
jest.mock('@ledelsesrum/api/common', () => jest.requireActual('../../testing/api-forms').common);

/** The meeting date as the form's three fields send it. */
const MAY_20 = { 'meetingDate.day': '20', 'meetingDate.month': '5', 'meetingDate.year': '2027' };

describe('the launch form', () => {
  it('makes the launch command, the meeting’s start and length only when given', async () => {
    const plain = await readLaunchForm({ theme: ' Trivsel ', ...MAY_20, groupIds: ['g-1', 'g-2'] });
    expect(plain).toEqual({
      command: expect.objectContaining({ theme: 'Trivsel', meetingDate: '2027-05-20', groupIds: ['g-1', 'g-2'] }),
    });
    expect('command' in plain && plain.command.meeting).toBeFalsy();

    const planned = await readLaunchForm({
      theme: 'Trivsel',
      ...MAY_20,
      groupIds: 'g-1',
      startTime: '13.00',
      durationMinutes: '150',
    });
    expect(planned).toEqual({
      command: expect.objectContaining({
        groupIds: ['g-1'],
        meeting: expect.objectContaining({ startTime: '13:00', durationMinutes: 150 }),
      }),
    });
  });

  it('puts each error at its field, and asks for a group when none is ticked', async () => {
    const form = await readLaunchForm({
      theme: '  ',
      'meetingDate.day': '30',
      'meetingDate.month': '2',
      'meetingDate.year': '2027',
      startTime: '25.00',
      durationMinutes: 'lang',
    });

    if (!('state' in form)) throw new Error('expected errors');
    expect(Object.keys(form.state.errors).sort()).toEqual([
      'durationMinutes',
      'groupIds',
      'meetingDate',
      'startTime',
      'theme',
    ]);
    expect(form.state.errors['theme']).toEqual({ da: 'Skal udfyldes', en: 'Required' });
    expect(form.state.errors['groupIds']).toEqual({ da: 'Vælg mindst én gruppe', en: 'Choose at least one group' });
    expect(form.state.errors['durationMinutes']?.en).toBe('a whole number of minutes');
    // The date and the time in the reader's words, not the command's format; each shown again as typed.
    expect(form.state.errors['meetingDate']?.da).toBe('Skriv en dato som 24.5.2027');
    expect(form.state.errors['startTime']?.da).toBe('Skriv et tidspunkt som 9.30');
    expect(form.state.values).toMatchObject({
      theme: '',
      'meetingDate.day': '30',
      startTime: '25.00',
      durationMinutes: 'lang',
      groupIds: [],
    });
  });
});
