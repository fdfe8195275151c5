import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { cycleStreamId } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { readCycleHistory } from '@ledelsesrum/projections';
import { validatePdfa } from '../../../../test/support/verapdf';
import { recordDocument } from './record-document';
import { renderPdf } from './render-pdf';
import { summaryDocument } from './summary-document';
import { FINISHED_ROUND, ROUND_ID, roundFile } from './testing/finished-round';

jest.setTimeout(60_000);

describe('the summary and the record of a meeting round as PDF/A', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-pdf-'));
  const files = {
    summary: join(folder, 'opsamling.pdf'),
    record: join(folder, 'forloeb.pdf'),
    summaryEn: join(folder, 'summary.pdf'),
    plain: join(folder, 'plain.pdf'),
  };
  let pdfs: Record<'summary' | 'record', Buffer>;

  beforeAll(async () => {
    // The round's events in a real store, read back the way the pages read them.
    const store = SqliteEventStore.open(join(folder, 'events.sqlite'));
    await store.appendToStream(
      cycleStreamId(ROUND_ID),
      FINISHED_ROUND.map(({ type, data, actorId }, index) => ({
        id: `e-${index}`,
        type,
        data: data as unknown as Record<string, unknown>,
        metadata: { actorId },
      })),
      { expectedRevision: 'no_stream' },
    );
    const file = roundFile(await readCycleHistory(store, ROUND_ID), await store.readStream(cycleStreamId(ROUND_ID)));
    await store.close();
    const createdAt = new Date('2027-04-02T10:00:00Z');
    pdfs = {
      summary: await renderPdf(summaryDocument(file, 'da'), createdAt),
      record: await renderPdf(recordDocument(file, 'da'), createdAt),
    };
    writeFileSync(files.summary, pdfs.summary);
    writeFileSync(files.record, pdfs.record);
    writeFileSync(files.summaryEn, await renderPdf(summaryDocument(file, 'en'), createdAt));
    writeFileSync(files.plain, await plainPdf());
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('passes veraPDF’s PDF/A-2a profile, in Danish and in English', async () => {
    const verdicts = await validatePdfa([files.summary, files.record, files.summaryEn], '2a');
    for (const verdict of verdicts) {
      expect(verdict).toEqual({
        file: verdict.file,
        compliant: true,
        profile: 'PDF/A-2A validation profile',
        failedRules: [],
      });
    }
  });

  it('is told apart from a PDF that is not PDF/A: veraPDF names the rules it breaks', async () => {
    const [verdict] = await validatePdfa([files.plain], '2a');
    expect(verdict!.compliant).toBe(false);
    // Its font is not embedded (ISO 19005-2, 6.2.11.4.1).
    expect(verdict!.failedRules).toEqual(expect.arrayContaining([expect.objectContaining({ clause: '6.2.11.4.1' })]));
  });

  it('states its title, author, creation date and language in its metadata', () => {
    // The XMP metadata stream is not compressed: PDF/A wants it readable without the PDF's filters.
    const text = pdfs.record.toString('latin1');
    expect(Buffer.from(text, 'latin1').toString('utf8')).toContain(
      'Forløb for møderunden: Ledelse af psykisk arbejdsmiljø',
    );
    expect(text).toContain('<dc:creator>');
    expect(text).toMatch(/<rdf:li>ledelsesrum<\/rdf:li>/);
    expect(text).toContain('<xmp:CreateDate>2027-04-02T10:00:00Z</xmp:CreateDate>');
    expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(text).toContain('/Lang (da-DK)');
  });
});

/** A PDF as pdfkit makes it by default: its standard font is not embedded, so it cannot be PDF/A. */
function plainPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Ikke PDF/A');
  doc.end();
  return done;
}
