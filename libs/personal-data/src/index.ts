export * from './person-key-store';
export * from './personal-data-vault';
export * from './sqlite-person-key-store';
export * from './postgres-person-key-store';
export { openPersonKeyStore } from './open-person-key-store';
export { forgetErasedKeys } from './forget-erased-keys';
