export * from './person-key-store';
export * from './personal-data-vault';
export * from './sqlite-person-key-store';
