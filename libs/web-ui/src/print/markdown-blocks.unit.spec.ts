import { markdownBlocks } from './markdown-blocks';
import { SUMMARY_TEXT } from './testing/finished-round';

describe('a summary in Markdown, read for print', () => {
  it('keeps its paragraphs, heading and bullets, with bold, italics and the link’s address', () => {
    expect(markdownBlocks(SUMMARY_TEXT)).toEqual([
      {
        kind: 'paragraph',
        spans: [
          { text: 'Grupperne talte om ' },
          { text: 'trivsel', strong: true },
          { text: ' og om at sige fra i tide.' },
        ],
      },
      { kind: 'heading', level: 3, text: 'Det tager vi med' },
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ text: 'Tal om arbejdsmængden på hvert personalemøde' }],
          [{ text: 'Brug ' }, { text: 'trivselsmålingen', emphasis: true }, { text: ' aktivt' }],
        ],
      },
      {
        kind: 'paragraph',
        spans: [
          { text: 'Læs mere i ' },
          { text: 'vejledningen', href: 'https://example.org/vejledning' },
          { text: '.' },
        ],
      },
    ]);
  });

  it('reads raw HTML as text and keeps no address that is not http(s) or mailto', () => {
    const blocks = markdownBlocks('<b>fed</b> [klik](javascript:alert(1))');
    const spans = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.spans : []));
    expect(spans.map((span) => span.text).join('')).toContain('<b>fed</b>');
    expect(spans.some((span) => span.href !== undefined)).toBe(false);
  });

  it('numbers an ordered list and folds a nested list into its items', () => {
    expect(markdownBlocks('1. Først\n2. Så\n   - under')).toEqual([
      { kind: 'list', ordered: true, items: [[{ text: 'Først' }], [{ text: 'Så' }], [{ text: 'under' }]] },
    ]);
  });
});
