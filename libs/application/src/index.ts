export * from './aggregate-stream';
export * from './command-handler';
export * from './command-origin';
export * from './command-size';
export * from './errors';
export * from './event-ids';
export * from './stream-cache';
