export * from './config';
export * from './auth-config';
export * from './links-config';
export * from './notifications-config';
