export { InfrastructureModule } from './infrastructure.module';
export { APP_CONFIG, CYCLE_READ_MODEL, EVENT_STORE, PERSONAL_DATA_VAULT, TOKEN_VERIFIER } from './tokens';
