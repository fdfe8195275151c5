import { attachment, pdfFileName } from './pdf-file-name';

describe('the name of a downloaded PDF', () => {
  it('is what it is, the round’s theme in lower case with dashes, and the meeting date', () => {
    expect(pdfFileName('opsamling', 'Ledelse af psykisk arbejdsmiljø: Hvad nu?', '2027-03-11')).toBe(
      'opsamling-ledelse-af-psykisk-arbejdsmiljø-hvad-nu-2027-03-11.pdf',
    );
  });

  it('is given in ASCII for old clients and as written in RFC 5987’s filename*', () => {
    expect(attachment('opsamling-ærø-på-øen-2027-03-11.pdf')).toBe(
      `attachment; filename="opsamling-aeroe-paa-oeen-2027-03-11.pdf"; ` +
        `filename*=UTF-8''opsamling-%C3%A6r%C3%B8-p%C3%A5-%C3%B8en-2027-03-11.pdf`,
    );
  });
});
