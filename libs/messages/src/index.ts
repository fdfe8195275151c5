// The words people read, Danish first with English beside it: the one bilingual text type and the message catalogue.
export * from './bilingual';
export * from './catalogue';
export * from './domain-errors.texts';
export * from './refusal';
export { chainFindingText, type WordedChainFinding } from './texts/audit.texts';
export { csvProblemText, type WordedCsvProblem } from './texts/csv.texts';
export { compositionReportText, organisationProblemText } from './texts/domain-reports.texts';
export type { Texts, Wording } from './wording';
