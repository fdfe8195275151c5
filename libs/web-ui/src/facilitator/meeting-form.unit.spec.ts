import { heldAtOf, initialMeetingForm, readMeetingForm } from './meeting-form';

// Nest's packages are ES modules Jest cannot load; the DTO's OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));
// The API's entries without their Nest modules (see testing/api-forms).
jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('../testing/api-forms').cycles);
jest.mock('@ledelsesrum/api/common', () => jest.requireActual('../testing/api-forms').common);

describe('the meeting form', () => {
  it('reads "held at" as Copenhagen wall time, with the offset in force that day', () => {
    expect(heldAtOf('2027-03-11T09:00')).toBe('2027-03-11T09:00:00+01:00');
    expect(heldAtOf('2027-05-20T13:30')).toBe('2027-05-20T13:30:00+02:00');
    // The night summer time starts: 03:30 exists only as summer time.
    expect(heldAtOf('2027-03-28T03:30')).toBe('2027-03-28T03:30:00+02:00');
  });

  it('leaves what is not a date and time (or a day that does not exist) for the DTO to refuse', () => {
    expect(heldAtOf('')).toBe('');
    expect(heldAtOf(undefined)).toBe('');
    expect(heldAtOf('i går')).toBe('i går');
    expect(heldAtOf('2027-02-31T09:00')).toBe('2027-02-31T09:00');
  });

  it('makes the command from the fields: ticked attendees, one key point or input per line', async () => {
    const form = await readMeetingForm({
      heldAt: '2027-03-11T09:00',
      attendeeIds: ['p-1', 'p-2'],
      keyPoints: 'Vi deler viden\r\n\r\n  Vi mødes oftere  ',
      inputToChefgruppen: '',
    });
    expect(form).toEqual({
      value: {
        heldAt: '2027-03-11T09:00:00+01:00',
        attendeeIds: ['p-1', 'p-2'],
        keyPoints: ['Vi deler viden', 'Vi mødes oftere'],
        inputToChefgruppen: [],
      },
    });
  });

  it('shows the form again with what was typed and the error at "held at"', async () => {
    const form = await readMeetingForm({ heldAt: '', attendeeIds: 'p-1', keyPoints: 'Et punkt' });
    expect(form).toEqual({
      state: {
        values: { heldAt: '', attendeeIds: ['p-1'], keyPoints: 'Et punkt', inputToChefgruppen: '' },
        errors: { heldAt: { da: 'Vælg dato og klokkeslæt for mødet', en: 'Choose the date and time of the meeting' } },
      },
    });
  });

  it('starts "held at" at the planned meeting', () => {
    const cycle = { meetingDate: '2027-03-11', meeting: { startTime: '09:00' } };
    expect(initialMeetingForm(cycle).values['heldAt']).toBe('2027-03-11T09:00');
  });

  it('amending after the summary, wants the reason and keeps the record typed', async () => {
    const fields = { heldAt: '2027-03-11T09:00', attendeeIds: 'p-1', keyPoints: 'Et punkt', reason: ' ' };
    const refused = await readMeetingForm(fields, 'reason-required');
    expect(refused).toMatchObject({
      state: {
        values: { keyPoints: 'Et punkt', reason: ' ' },
        errors: { reason: { da: expect.stringContaining('hvorfor') } },
      },
    });
    const given = await readMeetingForm({ ...fields, reason: 'Et punkt manglede' }, 'reason-required');
    expect(given).toMatchObject({ value: { keyPoints: ['Et punkt'], reason: 'Et punkt manglede' } });
  });
});
