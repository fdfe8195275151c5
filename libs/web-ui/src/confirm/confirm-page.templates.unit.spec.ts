import { alreadyConfirmedPage, confirmFormPage, expiredPage, receiptPage } from './confirm-page.templates';

const EVIL = `<script>alert("x")</script>`;
const empty = { values: {}, fieldErrors: {}, formErrors: [] };

describe('the confirmation page templates', () => {
  it('is a Danish page with English beside it, and a labelled field for each input', () => {
    const html = confirmFormPage({ theme: 'Trivsel', expiresAt: '2027-07-20T10:00:00.000Z', ...empty });
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).toContain('<h1>Bekræft din videreformidling <span lang="en" class="en">Confirm your cascade</span>');
    for (const field of ['channel', 'note']) {
      expect(html).toContain(`<label for="${field}">`);
      expect(html).toContain(`id="${field}" name="${field}"`);
    }
    // The date as day, month and year under one legend, never the browser's own date field.
    expect(html).toContain('<fieldset id="passedOnAt"');
    for (const part of ['day', 'month', 'year']) {
      expect(html).toContain(`<label for="passedOnAt-${part}">`);
      expect(html).toContain(
        `inputmode="numeric" autocomplete="off" id="passedOnAt-${part}" name="passedOnAt.${part}"`,
      );
    }
    expect(html).not.toContain('type="date"');
    expect(html).toContain('<textarea id="note"');
    // The server's messages only: no browser validation bubbles, in the browser's language.
    expect(html).toContain('<form method="post" novalidate>');
    expect(html).not.toMatch(/ required[ >]/);
    expect(html).toContain('<button type="submit" class="button button-primary">');
    expect(html).toContain('20. juli 2027');
    expect(html).not.toContain('aria-invalid');
  });

  it('shows the summary being confirmed with its paragraphs and bullets, and the deadline in both languages', () => {
    const summary = { text: `Vi talte om trivsel.\n\n- lyt\n- spørg\n\n${EVIL}`, deadline: '2027-07-06T08:00:00.000Z' };
    const html = confirmFormPage({ theme: 'Trivsel', expiresAt: '2027-07-20T10:00:00.000Z', summary, ...empty });
    expect(html).toContain('<p>Vi talte om trivsel.</p>');
    expect(html).toContain('<ul>\n<li>lyt</li>\n<li>spørg</li>\n</ul>');
    expect(html).not.toContain(EVIL);
    expect(html).toContain('6. juli 2027 kl. 10.00');
    expect(html).toContain('6 July 2027');
  });

  it('escapes the theme and every value typed', () => {
    const html = confirmFormPage({
      theme: EVIL,
      expiresAt: '2027-07-20T10:00:00.000Z',
      values: { passedOnAt: `"><img src=x>`, channel: EVIL, note: `</textarea>${EVIL}` },
      fieldErrors: {},
      formErrors: [{ da: EVIL, en: EVIL }],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</textarea><');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(receiptPage(EVIL)).not.toContain('<script>');
    expect(alreadyConfirmedPage(EVIL)).not.toContain('<script>');
  });

  it('shows each error next to its field, tied to it for screen readers, and in a summary', () => {
    const html = confirmFormPage({
      theme: 'Trivsel',
      expiresAt: '2027-07-20T10:00:00.000Z',
      values: { channel: 'teammøde' },
      fieldErrors: { passedOnAt: { da: 'Vælg datoen', en: 'Choose the date' } },
      formErrors: [],
    });
    expect(html).toContain('<title>Fejl: ');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#passedOnAt">Vælg datoen');
    expect(html).toContain('<p class="error" id="passedOnAt-error">Vælg datoen');
    expect(html).toContain('<fieldset id="passedOnAt" aria-describedby="passedOnAt-hint passedOnAt-error">');
    expect(html).toContain('aria-required="true" value="" aria-invalid="true">');
    // The summary takes the focus as the page loads, with no script.
    expect(html).toContain('<div class="summary" role="alert" tabindex="-1" autofocus>');
    expect(html).toContain('value="teammøde"');
  });

  it('has a page for an expired link that says what to do', () => {
    expect(expiredPage()).toContain('Bed om et nyt link, eller log ind og bekræft dér');
  });
});
