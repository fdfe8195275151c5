import type { RecordedEvent } from '@ledelsesrum/event-store';
import { decodeCsv, parseCsv } from '@ledelsesrum/organisation-csv';
import { CSV_BOM, EXPORT_FIELDS, csvLine, csvRow, formatter, jsonlLine, toExportRecord } from './export-format';

const EVENT: RecordedEvent = {
  id: 'e-1',
  streamId: 'cycle-c-1',
  type: 'MeetingRecorded',
  revision: 3,
  position: 17,
  recordedAt: '2027-03-11T08:00:00.000Z',
  data: { keyPoints: ['Ærø, Øster og Åge', 'Han sagde "nej"', 'linje 1\nlinje 2\r\nlinje 3'] },
  metadata: { actorId: 'p-ø' },
  hash: 'a'.repeat(64),
  chainHash: 'b'.repeat(64),
};

/** The file's bytes as a CSV reader that follows RFC 4180 sees them (the organisation import's own reader). */
function readCsv(bytes: Buffer): string[][] {
  const text = decodeCsv(bytes);
  expect(text.startsWith(CSV_BOM)).toBe(false);
  const parsed = parseCsv(text, ',');
  expect(parsed.unclosedQuoteAt).toBeUndefined();
  return parsed.rows.map((row) => [...row.fields]);
}

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['sagde "hej"', '"sagde ""hej"""'],
    ['"', '""""'],
    ['linje 1\nlinje 2', '"linje 1\nlinje 2"'],
    ['cr\ronly', '"cr\ronly"'],
    ['crlf\r\n', '"crlf\r\n"'],
    ['Ærø Østergård Åse', 'Ærø Østergård Åse'],
    ['', ''],
  ])('%j is written as %j', (value, written) => {
    expect(csvLine([value])).toBe(`${written}\r\n`);
    expect(csvLine([value, 'next'])).toBe(`${written},next\r\n`);
  });
});

describe('a CSV export', () => {
  const { preamble, row } = formatter('csv');
  const file = preamble + row(toExportRecord(EVENT)) + row(toExportRecord({ ...EVENT, revision: 4, data: null }));

  it('starts with the UTF-8 byte order mark and a header row, and ends every row with CRLF', () => {
    expect(Buffer.from(file, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.slice(1).split('\r\n')[0]).toBe(EXPORT_FIELDS.join(','));
    expect(file.endsWith('\r\n')).toBe(true);
  });

  it('reads back cell for cell, with data and metadata as JSON text and Danish letters intact', () => {
    const [header, first, second] = readCsv(Buffer.from(file, 'utf8'));
    expect(header).toEqual([...EXPORT_FIELDS]);
    const cell = (values: string[], field: (typeof EXPORT_FIELDS)[number]) => values[EXPORT_FIELDS.indexOf(field)];
    expect(first).toHaveLength(EXPORT_FIELDS.length);
    expect(cell(first!, 'position')).toBe('17');
    expect(cell(first!, 'revision')).toBe('3');
    expect(JSON.parse(cell(first!, 'data')!)).toEqual(EVENT.data);
    expect(JSON.parse(cell(first!, 'metadata')!)).toEqual({ actorId: 'p-ø' });
    expect(cell(first!, 'hash')).toBe('a'.repeat(64));
    expect(cell(first!, 'chainHash')).toBe('b'.repeat(64));
    expect(cell(second!, 'revision')).toBe('4');
    expect(cell(second!, 'data')).toBe('null');
  });

  it('quotes a cell only when it must, doubling its quotes', () => {
    const line = csvRow(toExportRecord({ ...EVENT, data: 'a "b", c' }));
    expect(line).toContain(',"""a \\""b\\"", c""",');
  });
});

describe('a JSON Lines export', () => {
  it('writes one JSON object per line, every field, in order, line breaks in values escaped', () => {
    const line = jsonlLine(toExportRecord(EVENT));
    expect(line.endsWith('\n') && line.indexOf('\n') === line.length - 1).toBe(true);
    const record = JSON.parse(line);
    expect(Object.keys(record)).toEqual([...EXPORT_FIELDS]);
    expect(record).toEqual(EVENT);
    expect(record.data.keyPoints[0]).toBe('Ærø, Øster og Åge');
  });

  it('has no preamble', () => {
    expect(formatter('jsonl').preamble).toBe('');
  });
});
