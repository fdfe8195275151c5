import type { LeaderLevel } from '@ledelsesrum/domain';

/** The organisation as clients put and get it: names and e-mails in plain text (they are encrypted in events). */
export interface OrganisationDocument {
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly {
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly areaId: string;
    readonly level: LeaderLevel;
    readonly experienced: boolean;
  }[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly facilitatorId: string;
    readonly memberIds: readonly string[];
  }[];
}
