import type { CommandHandler } from '@ledelsesrum/application';
import type {
  CycleCommand,
  CycleEvent,
  CycleState,
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState,
  PublicationCommand,
  PublicationEvent,
  PublicationState,
} from '@ledelsesrum/domain';

/** Injection tokens for the ports and settings the API depends on. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const PERSONAL_DATA_VAULT = Symbol('PERSONAL_DATA_VAULT');
/** The per-person key store under the vault; only the health check uses it directly. */
export const PERSON_KEY_STORE = Symbol('PERSON_KEY_STORE');
/** The TokenVerifier (libs/auth) the bearer guard checks bearer tokens with. */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const CYCLE_READ_MODEL = Symbol('CYCLE_READ_MODEL');
/** The application layer's CommandHandler for cycles (libs/application): every cycle command goes through it. */
export const CYCLE_COMMANDS = Symbol('CYCLE_COMMANDS');
/** The application layer's CommandHandler for the organisation's stream. */
export const ORGANISATION_COMMANDS = Symbol('ORGANISATION_COMMANDS');

/** The application layer's CommandHandler for the publication stream (the staff feed's token). */
export const PUBLICATION_COMMANDS = Symbol('PUBLICATION_COMMANDS');

export type CycleCommands = CommandHandler<CycleCommand, CycleEvent, CycleState>;
export type OrganisationCommands = CommandHandler<OrganisationCommand, OrganisationEvent, OrganisationState>;
export type PublicationCommands = CommandHandler<PublicationCommand, PublicationEvent, PublicationState>;
