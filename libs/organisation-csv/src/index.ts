export * from './parse-csv';
export * from './organisation-csv';
