export * from './duration';
export * from './copenhagen-instant';
export * from './copenhagen-wall-time';
export * from './copenhagen-format';
