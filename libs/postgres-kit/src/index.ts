/** What every store kept in PostgreSQL needs: a pool, a checked schema name, transactions and locked DDL. */
export { createUnderLock } from './create-under-lock';
export { inTransaction, rollbackQuietly } from './in-transaction';
export { LOCK_CLASS } from './lock-class';
export { connectionConfig, endPool, openPool, openPrepared, type PoolSettings } from './open-pool';
export { checkSchemaName } from './schema-name';
