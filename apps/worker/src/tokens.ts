/** Injection tokens for the ports the worker depends on. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const PERSONAL_DATA_VAULT = Symbol('PERSONAL_DATA_VAULT');
export const NOTIFICATION_SENDER = Symbol('NOTIFICATION_SENDER');
