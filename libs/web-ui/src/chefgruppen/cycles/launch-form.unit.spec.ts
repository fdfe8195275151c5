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

describe('the launch form', () => {
  it('makes the launch command, the meeting’s start and length only when given', async () => {
    const plain = await readLaunchForm({ theme: ' Trivsel ', meetingDate: '2027-05-20', groupIds: ['g-1', 'g-2'] });
    expect(plain).toEqual({
      command: expect.objectContaining({ theme: 'Trivsel', meetingDate: '2027-05-20', groupIds: ['g-1', 'g-2'] }),
    });
    expect('command' in plain && plain.command.meeting).toBeFalsy();

    const planned = await readLaunchForm({
      theme: 'Trivsel',
      meetingDate: '2027-05-20',
      groupIds: 'g-1',
      startTime: '13:00',
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
      meetingDate: '2027-02-30',
      startTime: '25:00',
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
    expect(form.state.values).toMatchObject({ theme: '', startTime: '25:00', durationMinutes: 'lang', groupIds: [] });
  });
});
