import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('leaves other text, Danish letters included, as it is', () => {
    expect(escapeHtml('Ledelse af psykisk arbejdsmiljø – Ærø')).toBe('Ledelse af psykisk arbejdsmiljø – Ærø');
  });
});
