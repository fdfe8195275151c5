export * from './csv-limits';
export { type CsvProblem, type CsvRule, type CsvRuleBroken, type CsvRuleParams } from './csv-problem';
export * from './parse-csv';
export * from './organisation-csv';
export * from './write-organisation-csv';
