export * from './description';
export * from './describe-cycle-event';
export * from './describe-organisation-event';
export * from './describe-publication-event';
export * from './timeline';
export * from './replay-stream';
