export * from './config';
export * from './auth-config';
export * from './event-store-config';
export * from './http-config';
export * from './links-config';
export * from './notifications-config';
export * from './shared-state-config';
export * from './temporal-security-config';
