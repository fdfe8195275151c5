export * from './cycle-read-model';
export * from './cycle-history';
export * from './cycle-details';
export * from './event-origin';
export * from './organisation-history';
export * from './cycle-record';
export * from './staff-summaries';
