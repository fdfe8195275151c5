export * from './connect-temporal-client';
export * from './temporal-connection-options';
export * from './payload-codec';
