/**
 * Our stylesheet, loaded after Det Fælles Designsystem's (dkfds.min.css) and holding only what it lacks: the header
 * without a script, the pages' own parts (stages, cards, the heatmap, the auditor's split view) and the form fields'
 * look. The design system sets 1rem = 10px. Colours meet WCAG 2.1 AA on white: text #1a1a1a, the green #00614b, the
 * error red #b00020. Mobile first: one column, wider tables scroll inside their own box, nothing sideways at 320 px.
 */
export const STYLESHEET = `
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 6px #ffd230; }
main:focus { outline: none; box-shadow: none; }
.page-container { padding-top: 1.6rem; padding-bottom: 4.8rem; flex: 1 0 auto; }
.dev-banner { margin: 0; padding: 0.8rem 1.6rem; background: #ffd230; color: #1a1a1a; border-bottom: 4px solid #1a1a1a;
  text-align: center; max-width: none; }
/* The header works without the design system's script: the person and the short menu are always shown. */
.header .portal-info .portal-info-inner { flex-wrap: wrap; gap: 0.8rem 2.4rem; justify-content: space-between; }
.header .portal-info .portal-user { display: flex; flex-wrap: wrap; align-items: center; gap: 0.8rem 2.4rem; }
.header .portal-user form { margin: 0; }
.header .portal-user .user { margin: 0; overflow-wrap: anywhere; }
.header .brand { font-weight: 700; font-size: 2rem; color: #00614b; text-decoration: none; }
.header .solution-info .solution-info-inner { flex-wrap: wrap; gap: 0.8rem 2.4rem; }
.header .solution-info .solution-heading a { font-size: 2rem; line-height: 2.8rem; }
.header .language { margin: 0; }
.header .navigation-menu { display: block; border-top: 1px solid #bfbfbf; }
.header .navigation-menu .navigation-menu-inner .nav { display: block; }
.navigation-menu ul.mainmenu { flex-flow: row wrap; margin-left: 0; }
.navigation-menu ul.mainmenu .nav-link { white-space: normal; }
.breadcrumbs { margin-bottom: 1.6rem; }
.breadcrumbs .breadcrumbs__list .breadcrumbs__list-item + .breadcrumbs__list-item::before { content: '›'; padding: 0 0.8rem; color: #545454; }
footer .footer-links { list-style: none; padding-left: 0; }
footer .footer-links > li { padding-left: 0; }
footer .footer-links > li::before { content: none; }
.muted { color: #454545; }
.en { display: block; color: #454545; font-size: 0.9em; font-weight: normal; }
h1 .en { font-size: 0.6em; }
.button .en { display: inline; color: inherit; margin-left: 0.4em; }
.panel { border: 1px solid #bfbfbf; border-radius: 4px; padding: 1.6rem; margin: 1.6rem 0; }
.panel > :first-child { margin-top: 0; }
.alert:not(:has(.alert-icon)) { padding-left: 2.4rem; }
.alert > :first-child { margin-top: 0; }
.alert > :last-child { margin-bottom: 0; }
.summary-errors, .summary { border: 4px solid #b00020; padding: 1.2rem 1.6rem; margin: 1.6rem 0; }
.summary-errors h2, .summary h2 { margin-top: 0; }
.field { margin: 2rem 0; }
.field > label, fieldset > legend { display: block; font-weight: 600; }
.hint { color: #454545; margin: 0.2rem 0 0.6rem; }
.error { color: #b00020; font-weight: 600; margin: 0.4rem 0; }
/* Forms: what a conflict kept of the typed text, and the date as day, month and year fields side by side. */
.typed-text { white-space: pre-wrap; }
.date-group { display: flex; flex-wrap: wrap; gap: 1.6rem; }
.date-group .field, .date-group .form-group { margin: 0; }
.date-group input { width: 6.4rem; }
.date-group .form-group-year input, .date-group .part-4 input { width: 9.6rem; }
.input-width-xs { max-width: 11.2rem; }
input[type=text], input[type=date], input[type=datetime-local], input[type=time], input[type=number], input[type=url],
input[type=email], select, textarea { display: block; width: 100%; max-width: 48rem; font: inherit; padding: 0.8rem;
  border: 1px solid #767676; border-radius: 4px; background: #fff; color: #1a1a1a; }
textarea { min-height: 9.6rem; }
.invalid input, .invalid textarea, .invalid select { border-color: #b00020; border-width: 3px; }
fieldset { border: 0; padding: 0; margin: 2rem 0; min-width: 0; }
.choice { display: flex; gap: 0.8rem; align-items: flex-start; margin: 0.6rem 0; }
.choice input { width: 2.2rem; height: 2.2rem; margin-top: 0.2rem; flex: none; }
.actions { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: center; margin: 1.6rem 0; }
.actions form { margin: 0; }
.table-wrap { overflow-x: auto; margin: 1.6rem 0; max-width: 100%; }
.table caption { text-align: left; font-weight: 600; padding-bottom: 0.8rem; }
.table td, .table th { vertical-align: top; }
.badge { white-space: nowrap; }
/* A step that cannot be undone, offered last and not as the obvious next one. */
.button.button-secondary.warning { color: #b00020; border-color: #b00020; }
.pipeline { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem; padding: 0; margin: 0.8rem 0; counter-reset: stage; }
.pipeline li { counter-increment: stage; padding: 0.4rem 1rem; border: 2px solid #767676; color: #454545; margin: 0; }
.pipeline li::before { content: counter(stage) ". "; }
.pipeline li.passed { border-color: #00614b; color: #00614b; }
.pipeline li[aria-current="step"] { background: #00614b; border-color: #00614b; color: #fff; font-weight: 700; }
.cards { list-style: none; padding: 0; display: grid; gap: 1.6rem; grid-template-columns: repeat(auto-fill, minmax(min(28rem, 100%), 1fr)); }
.cards > li { border: 1px solid #bfbfbf; border-radius: 4px; padding: 1.6rem; margin: 0; }
.cards > li::before { content: none; }
.cards h2, .cards h3 { margin-top: 0; }
.bar-chart { display: block; width: 100%; max-width: 38rem; height: 2rem; }
.bar-chart .track { fill: #e8e8e8; }
.bar-chart .confirmed { fill: #00614b; }
.bar-chart .released { fill: #767676; }
.heat-0 { background: #fff; }
.heat-1 { background: #fff4cc; }
.heat-2 { background: #ffe08a; }
.heat-3 { background: #ffc2b3; }
.heat-4 { background: #f6a08c; }
.heatmap td { text-align: center; min-width: 9.6rem; }
.reach-0 { background: #fff; }
.reach-1 { background: #d9f0dd; }
.reach-2 { background: #a8dbb2; }
.heatmap td span { display: block; font-size: 1.4rem; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.4rem 1.6rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.timeline li[aria-current="step"] { font-weight: 700; }
@media (max-width: 40em) {
  dl.facts { grid-template-columns: minmax(0, 1fr); }
  dl.facts dd { margin-bottom: 0.8rem; }
  .actions .button, .actions form { width: 100%; }
}
/* The auditor's pages (web/auditor): timeline beside the state, the chosen step, a break, long hashes. */
.audit-point-forms { display: flex; flex-wrap: wrap; gap: 0 3.2rem; }
.audit-point-forms form { flex: 1 1 24rem; min-width: 0; }
.audit-split { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 3.2rem; }
@media (min-width: 60em) { .audit-split { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); align-items: start; } }
.audit-timeline tr[aria-current="step"] { background: #eef6f3; font-weight: 700; }
.audit-hash { overflow-wrap: anywhere; word-break: break-all; }
.feed-address { overflow-wrap: anywhere; word-break: break-all; }
/* Chefgruppen's cycle pages (chefgruppen/cycles/): a bar per group, the agenda's material rows, wide cycle cards. */
.coverage-groups { list-style: none; padding: 0; }
.coverage-groups > li::before { content: none; }
.coverage-groups h3 { margin-bottom: 0.4rem; }
.coverage-numbers { margin: 0.4rem 0 0; }
.material-row { border-top: 1px solid #bfbfbf; padding-top: 0.8rem; }
.material-row .field { margin: 1.2rem 0; }
.cards.cycles { grid-template-columns: minmax(0, 1fr); }
/* Chefgruppen's organisation pages (chefgruppen/organisation/): the file field, the CSV text, the spread table. */
input[type=file] { display: block; max-width: 100%; font: inherit; padding: 0.6rem 0; }
textarea#csv { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 1.5rem; max-width: 100%; }
details.panel > summary { cursor: pointer; font-weight: 600; }
table.spread td, table.spread th[scope="colgroup"] { text-align: center; }
`;
