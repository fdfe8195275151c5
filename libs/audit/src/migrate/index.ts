export * from './migrate-store';
