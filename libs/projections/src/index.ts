export * from './cycle-read-model';
export * from './cycle-history';
