export * from './connect-temporal-client';
export * from './keyed-limiter';
export * from './temporal-connection-options';
export * from './retry-on-next-run';
