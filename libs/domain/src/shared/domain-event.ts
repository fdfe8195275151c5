/** An event as the domain sees it: a type and its data. Ids, revisions and times are the store's business. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** Who issues a command and when. Time comes in from outside so that `decide` stays pure. */
export interface CommandContext {
  readonly actorId: string;
  /** ISO-8601 instant. */
  readonly now: string;
}
