export * from './connect-temporal-client';
export * from './keyed-limiter';
