/**
 * The one stylesheet, served from /assets (the pages' CSP allows styles from this site only). Colours meet WCAG 2.1 AA:
 * text #1b1b1b and links #0b4f8a on white, white on the green #00614b, the error red #b00020 (all above 4.5:1).
 * Mobile first: one column, wider tables scroll inside their own box.
 */
export const STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
  color: #1b1b1b; background: #fff; font-size: 1.0625rem; }
a { color: #0b4f8a; text-underline-offset: 0.15em; }
a:hover { color: #062f53; }
:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 6px #ffd230; }
.skip { position: absolute; left: -999rem; top: 0; background: #ffd230; color: #1b1b1b; padding: 0.5rem 1rem; z-index: 2; }
.skip:focus { left: 0.5rem; }
.dev-banner { margin: 0; padding: 0.5rem 1rem; background: #ffd230; color: #1b1b1b; border-bottom: 4px solid #1b1b1b;
  text-align: center; }
header.site { background: #00614b; color: #fff; }
header.site a, header.site button.link { color: #fff; }
header.site .bar, header.site nav, main, footer.site { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
header.site .bar { display: flex; justify-content: space-between; align-items: center; padding-top: 0.75rem; padding-bottom: 0.5rem; }
.brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
header.site nav { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem;
  padding-bottom: 0.75rem; }
.menu { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.menu a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.who { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.who form { margin: 0; }
header.site .muted { color: #e6f2ee; }
main { padding-top: 1rem; padding-bottom: 3rem; }
main:focus { outline: none; box-shadow: none; }
footer.site { border-top: 1px solid #c8c8c8; padding-top: 1rem; padding-bottom: 2rem; display: flex; flex-wrap: wrap;
  gap: 1rem; justify-content: space-between; color: #505050; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.muted { color: #505050; }
.trail ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; padding: 0; margin: 0; font-size: 0.95rem; }
.trail li + li::before { content: "›"; margin-right: 0.5rem; color: #505050; }
.panel { border: 1px solid #c8c8c8; border-radius: 4px; padding: 1rem; margin: 1rem 0; }
.typed-text { white-space: pre-wrap; }
.date-group { display: flex; gap: 1rem; }
.date-group .field, .date-group .form-group { margin: 0; }
.date-group input { width: 4rem; }
.date-group .form-group-year input { width: 6rem; }
.input-width-xs { max-width: 7rem; }
.notice { border-left: 6px solid #00614b; background: #eef6f3; padding: 0.75rem 1rem; margin: 1rem 0; }
.summary-errors { border: 4px solid #b00020; padding: 0.75rem 1rem; margin: 1rem 0; }
.summary-errors h2 { margin-top: 0; font-size: 1.2rem; }
.field { margin: 1.25rem 0; }
.field > label, fieldset > legend { display: block; font-weight: 700; }
.hint { color: #505050; margin: 0.1rem 0 0.35rem; font-size: 0.95rem; }
.error { color: #b00020; font-weight: 700; margin: 0.25rem 0; }
input[type=text], input[type=date], input[type=datetime-local], input[type=time], input[type=number], input[type=url],
input[type=email], select, textarea { display: block; width: 100%; max-width: 36rem; font: inherit; padding: 0.5rem;
  border: 2px solid #1b1b1b; border-radius: 0; background: #fff; color: #1b1b1b; }
textarea { min-height: 6rem; }
.invalid input, .invalid textarea, .invalid select { border-color: #b00020; border-width: 3px; }
fieldset { border: 0; padding: 0; margin: 1.25rem 0; }
.choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; }
.choice input { width: 1.35rem; height: 1.35rem; margin-top: 0.15rem; flex: none; }
button, .button { display: inline-block; font: inherit; font-weight: 700; padding: 0.6rem 1.25rem; background: #00614b;
  color: #fff; border: 2px solid #00614b; border-radius: 0; cursor: pointer; text-decoration: none; min-height: 2.75rem; }
button.secondary, .button.secondary { background: #fff; color: #00614b; }
button.warning { background: #b00020; border-color: #b00020; }
button.link { background: none; border: 0; padding: 0; min-height: 0; font-weight: 400; text-decoration: underline; color: #0b4f8a; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1rem 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.5rem 0.6rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
thead th { border-bottom: 2px solid #1b1b1b; }
.tag { display: inline-block; padding: 0.05rem 0.5rem; border: 2px solid currentColor; font-size: 0.9rem; font-weight: 700;
  white-space: nowrap; }
.tag.done { color: #00614b; }
.tag.waiting { color: #6b4e00; }
.tag.late { color: #b00020; }
.pipeline { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0.5rem 0; counter-reset: stage; }
.pipeline li { counter-increment: stage; padding: 0.25rem 0.6rem; border: 2px solid #767676; color: #505050; font-size: 0.9rem; }
.pipeline li::before { content: counter(stage) ". "; }
.pipeline li.passed { border-color: #00614b; color: #00614b; }
.pipeline li[aria-current="step"] { background: #00614b; border-color: #00614b; color: #fff; font-weight: 700; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
.cards > li { border: 1px solid #c8c8c8; border-radius: 4px; padding: 1rem; }
.cards h2, .cards h3 { margin-top: 0; }
.bar-chart { display: block; width: 100%; max-width: 24rem; height: 1.25rem; }
.bar-chart .track { fill: #e8e8e8; }
.bar-chart .confirmed { fill: #00614b; }
.bar-chart .released { fill: #767676; }
.heat-0 { background: #fff; }
.heat-1 { background: #fff4cc; }
.heat-2 { background: #ffe08a; }
.heat-3 { background: #ffc2b3; }
.heat-4 { background: #f6a08c; }
.heatmap td { text-align: center; min-width: 6rem; }
.heatmap td span { display: block; font-size: 0.85rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.timeline li { margin: 0.25rem 0; }
.timeline li[aria-current="step"] { font-weight: 700; }
@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.5rem; }
  button, .button { width: 100%; text-align: center; }
  button.link { width: auto; }
}
/* The auditor's pages (web/auditor): timeline beside the state, the chosen step, a break, long hashes. */
.audit-point-forms { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.audit-point-forms form { flex: 1 1 16rem; }
.audit-split { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2rem; }
@media (min-width: 60rem) { .audit-split { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); align-items: start; } }
.audit-timeline tr[aria-current="step"] { background: #eef6f3; font-weight: 700; }
.notice.audit-broken { border-left-color: #b00020; background: #fdecee; }
.audit-hash { overflow-wrap: anywhere; word-break: break-all; }
/* Chefgruppen's cycle pages (chefgruppen/cycles/): a bar per group, the agenda's material rows, wide cycle cards. */
.coverage-groups { list-style: none; padding: 0; }
.coverage-groups h3 { margin-bottom: 0.25rem; }
.coverage-numbers { margin: 0.25rem 0 0; }
.material-row { border-top: 1px solid #c8c8c8; padding-top: 0.5rem; }
.material-row .field { margin: 0.75rem 0; }
.cards.cycles { grid-template-columns: minmax(0, 1fr); }
/* Chefgruppen's organisation pages (chefgruppen/organisation/): the file field, the CSV text, the spread table. */
input[type=file] { display: block; max-width: 100%; font: inherit; padding: 0.4rem 0; }
textarea#csv { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.95rem; max-width: 100%; }
details.panel > summary { cursor: pointer; font-weight: 700; }
table.spread td, table.spread th[scope="colgroup"] { text-align: center; }
`;
