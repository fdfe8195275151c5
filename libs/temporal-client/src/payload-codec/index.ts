export * from './aes-gcm-payload-codec';
export * from './payload-keys';
export * from './temporal-payload-codec';
