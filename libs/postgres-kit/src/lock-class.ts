/**
 * First key of the advisory locks taken on the tables' behalf (the two-key form `pg_advisory_xact_lock(class, object)`):
 * object 0 while tables are created, the OID of the events table while events are appended, so two stores in one
 * database (two schemas) never block each other, and other users of advisory locks in the same database cannot collide
 * with ours by accident.
 */
export const LOCK_CLASS = 0x6c6564; // "led"
