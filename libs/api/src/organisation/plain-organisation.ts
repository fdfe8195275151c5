import type { Language, LeaderLevel } from '@ledelsesrum/domain';

/** A person as clients send and read them: name and e-mail in plain text (they are encrypted in events). */
export interface PlainPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly experienced: boolean;
  readonly managerId?: string;
  /** Absent means Danish. */
  readonly language?: Language;
}

/** The organisation as clients put and get it. */
export interface PlainOrganisation {
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly PlainPerson[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly facilitatorId: string;
    readonly memberIds: readonly string[];
  }[];
}
