export * from './csv-limits';
export * from './parse-csv';
export * from './organisation-csv';
