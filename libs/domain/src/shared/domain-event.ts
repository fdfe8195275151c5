/** An event as the domain sees it: a type and its data. Ids, revisions and times are the store's business. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The actor of what the system does by itself (prep sent at its time, messages recorded). Not a valid person id
 * (ids cannot start with "@"), so it can never be mistaken for someone.
 */
export const SYSTEM_ACTOR = '@system';

/** Who issues a command and when. Time comes in from outside so that `decide` stays pure. */
export interface CommandContext {
  readonly actorId: string;
  /** ISO-8601 instant. */
  readonly now: string;
}
