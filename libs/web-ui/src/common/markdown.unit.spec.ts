import { markdown } from './markdown';

describe('markdown', () => {
  it('keeps paragraphs and bullet and numbered lists', () => {
    const rendered = markdown('Første afsnit.\n\nAndet afsnit.\n\n- et\n- to\n\n1. først\n2. så').value;
    expect(rendered).toBe(
      '<p>Første afsnit.</p>\n<p>Andet afsnit.</p>\n<ul>\n<li>et</li>\n<li>to</li>\n</ul>\n' +
        '<ol>\n<li>først</li>\n<li>så</li>\n</ol>\n',
    );
  });

  it('keeps emphasis and strong, and puts headings below the page’s own (h3 and h4)', () => {
    expect(markdown('*let* og **stærk**').value).toBe('<p><em>let</em> og <strong>stærk</strong></p>\n');
    expect(markdown('# Et\n\n## To\n\n### Tre').value).toBe('<h3>Et</h3>\n<h4>To</h4>\n<h4>Tre</h4>\n');
  });

  it('shows raw HTML, a script included, as text', () => {
    const rendered = markdown('<script>alert("x")</script>\n\n<b onclick="x()">fed</b>').value;
    expect(rendered).not.toContain('<script');
    expect(rendered).not.toContain('<b ');
    expect(rendered).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('links http(s) and mailto addresses with rel="noopener", and leaves any other link as text', () => {
    expect(markdown('[Kommunen](https://example.dk/a?b=1&c=2)').value).toBe(
      '<p><a href="https://example.dk/a?b=1&amp;c=2" rel="noopener">Kommunen</a></p>\n',
    );
    expect(markdown('[Skriv](mailto:hr@example.dk)').value).toContain('<a href="mailto:hr@example.dk" rel="noopener">');
    for (const hostile of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '/intern']) {
      const rendered = markdown(`[klik](${hostile})`).value;
      expect(rendered).not.toContain('<a');
      expect(rendered).toContain('[klik]');
    }
  });

  it('does not turn bare addresses into links, nor code or images into markup (an image is a link to it)', () => {
    expect(markdown('https://example.dk').value).toBe('<p>https://example.dk</p>\n');
    expect(markdown('`kode`').value).toBe('<p>`kode`</p>\n');
    expect(markdown('![billede](https://example.dk/x.png)').value).toBe(
      '<p>!<a href="https://example.dk/x.png" rel="noopener">billede</a></p>\n',
    );
  });
});
