import { ExportUsageError, parseExportArgs } from './export-args';

describe('export arguments', () => {
  it('defaults to JSON Lines of everything on stdout', () => {
    expect(parseExportArgs([])).toEqual({ format: 'jsonl' });
  });

  it('reads every flag', () => {
    const args = ['--format', 'csv', '--stream', 'cycle-c-1', '--from', '2027-03-01T00:00:00+01:00'];
    expect(parseExportArgs([...args, '--to', '2027-04-01T00:00:00Z', '--out', 'x.csv'])).toEqual({
      format: 'csv',
      stream: 'cycle-c-1',
      from: new Date('2027-02-28T23:00:00Z'),
      to: new Date('2027-04-01T00:00:00Z'),
      out: 'x.csv',
    });
  });

  it.each([
    [['--format', 'xml'], '--format'],
    [['--stream', 'people'], 'stream'],
    [['--colour', 'red'], '--colour'],
    [['cycle-c-1'], 'cycle-c-1'],
    [['--from'], '--from'],
    [['--from', '2027-03-01'], '--from'],
    [['--to', '2027-03-01T00:00:00Z', '--to', '2027-03-02T00:00:00Z'], 'kun én gang / only once'],
    [['--from', '2027-03-02T00:00:00Z', '--to', '2027-03-01T00:00:00Z'], 'to must be after from'],
  ])('refuses %j, naming %s, with exit code 2 and the usage', (args, named) => {
    const parse = () => parseExportArgs(args);
    expect(parse).toThrow(ExportUsageError);
    expect(parse).toThrow(named);
    expect(parse).toThrow('Brug / Usage');
    try {
      parse();
    } catch (error) {
      expect((error as ExportUsageError).exitCode).toBe(2);
    }
  });
});
