/**
 * On paper: A4 with 2 cm margins, only the page's content (no skip link, banner, header, menu, trail, footer, forms
 * or buttons, nor what is marked `no-print`), black on white, and each link's address printed after its text.
 */
export const PRINT_STYLESHEET = `
.print-links { padding-left: 1.25rem; }
@media print {
  @page { size: A4; margin: 20mm; }
  body { font-size: 11pt; color: #000; background: #fff; }
  .skip, .dev-banner, body > header, body > footer, nav, form, button, .no-print { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: #000; }
  main a[href^="http"]::after, main a[href^="mailto:"]::after { content: " (" attr(href) ")"; }
  h1, h2, h3 { break-after: avoid; }
  li, p { break-inside: avoid; }
}
`;
