import { heldAtOf, initialMeetingForm, readMeetingForm } from './meeting-form';

// Nest's packages are ES modules Jest cannot load; the DTO's OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));
// The API's entries without their Nest modules (see testing/api-forms).
jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('../testing/api-forms').cycles);
jest.mock('@ledelsesrum/api/common', () => jest.requireActual('../testing/api-forms').common);

/** "Held at" as the form's fields send it: day, month, year and the time as typed. */
function heldAt(day: string, month: string, year: string, time: string): Record<string, string> {
  return { 'heldAt.day': day, 'heldAt.month': month, 'heldAt.year': year, heldAtTime: time };
}

describe('the meeting form', () => {
  it('reads "held at" as Copenhagen wall time, with the offset in force that day', () => {
    expect(heldAtOf(heldAt('11', '3', '2027', '9.00'))).toEqual({ value: '2027-03-11T09:00:00+01:00' });
    expect(heldAtOf(heldAt('20', '05', '2027', '13:30'))).toEqual({ value: '2027-05-20T13:30:00+02:00' });
    // The night summer time starts: 03:30 exists only as summer time.
    expect(heldAtOf(heldAt('28', '3', '2027', '3.30'))).toEqual({ value: '2027-03-28T03:30:00+02:00' });
  });

  it('leaves an empty date or time for the DTO to refuse, and says in Danish what is no date or time', () => {
    expect(heldAtOf({})).toEqual({ value: '' });
    expect(heldAtOf(heldAt('11', '3', '2027', ''))).toEqual({ value: '' });
    expect(heldAtOf(heldAt('31', '2', '2027', '9.00'))).toEqual({
      errors: { heldAt: { da: 'Skriv en dato som 24.5.2027', en: 'Write a date such as 24.5.2027' } },
    });
    expect(heldAtOf(heldAt('11', '3', '27', '25.00'))).toEqual({
      errors: {
        heldAt: { da: 'Skriv en dato som 24.5.2027', en: 'Write a date such as 24.5.2027' },
        heldAtTime: { da: 'Skriv et tidspunkt som 9.30', en: 'Write a time such as 9.30' },
      },
    });
  });

  it('makes the command from the fields: ticked attendees, one key point or input per line', async () => {
    const form = await readMeetingForm({
      ...heldAt('11', '3', '2027', '9.00'),
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
    const form = await readMeetingForm({ ...heldAt('', '', '', ''), attendeeIds: 'p-1', keyPoints: 'Et punkt' });
    expect(form).toEqual({
      state: {
        values: { ...heldAt('', '', '', ''), attendeeIds: ['p-1'], keyPoints: 'Et punkt', inputToChefgruppen: '' },
        errors: { heldAt: { da: 'Vælg dato og klokkeslæt for mødet', en: 'Choose the date and time of the meeting' } },
      },
    });
  });

  it('starts "held at" at the planned meeting, the time written the Danish way', () => {
    const cycle = { meetingDate: '2027-03-11', meeting: { startTime: '09:00' } };
    expect(initialMeetingForm(cycle).values).toMatchObject({ heldAt: '2027-03-11', heldAtTime: '09.00' });
  });

  it('amending after the summary, wants the reason and keeps the record typed', async () => {
    const held = { 'heldAt.day': '11', 'heldAt.month': '3', 'heldAt.year': '2027', heldAtTime: '9.00' };
    const fields = { ...held, attendeeIds: 'p-1', keyPoints: 'Et punkt', reason: ' ' };
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
