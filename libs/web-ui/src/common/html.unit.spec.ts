import { html } from './html';

describe('html', () => {
  it('escapes every interpolated string, so typed text never becomes markup', () => {
    const typed = `<script>alert("x")</script> & 'quoted'`;
    expect(html`<p title="${typed}">${typed}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>',
    );
  });

  it('leaves other text, Danish letters included, as it is', () => {
    expect(html`<p>${'Ledelse af psykisk arbejdsmiljø – Ærø'}</p>`.value).toBe(
      '<p>Ledelse af psykisk arbejdsmiljø – Ærø</p>',
    );
  });

  it('keeps nested markup, joins arrays and leaves nothing for undefined, null and false', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    const markup = html`<ul>${items}</ul>${undefined}${null}${false}${0}`;
    expect(markup.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });
});
