export * from './export-format';
export * from './export-selection';
export * from './export-events';
export * from './write-with-backpressure';
