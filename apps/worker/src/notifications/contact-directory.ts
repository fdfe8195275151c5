import { StreamCache } from '@ledelsesrum/application';
import {
  ORGANISATION_STREAM,
  organisationDecider,
  own,
  type OrganisationEvent,
  type OrganisationState,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonRecipient } from '@ledelsesrum/notifications';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';

/** Who people are and how to reach them, as the organisation stands now. */
export interface Directory {
  /** Name, e-mail and language; undefined for someone who left or whose personal data was erased. */
  contact(personId: string): Promise<PersonRecipient | undefined>;
  groupName(groupId: string): string;
}

/**
 * The organisation as it stands at each call of `load` (a cached fold brought up to date with the events since, not
 * the whole stream folded again for every part of a round), and names and e-mail addresses opened with the person's
 * key, only for the people a message needs. Someone who left is not written to: their cycle has been, or will be,
 * released.
 */
export class ContactDirectory {
  private readonly organisation: StreamCache<OrganisationEvent, OrganisationState>;

  constructor(
    store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {
    this.organisation = new StreamCache(store, organisationDecider, 1);
  }

  async load(): Promise<Directory> {
    const { state } = await this.organisation.current(ORGANISATION_STREAM);
    const vault = this.vault;
    const opened = new Map<string, Promise<PersonRecipient | undefined>>();
    const open = async (personId: string): Promise<PersonRecipient | undefined> => {
      const person = own(state.people, personId);
      if (!person || person.leftAt !== undefined || person.personalDataErasedAt !== undefined) return undefined;
      if (await vault.isErased(personId)) return undefined;
      const [name, email] = await Promise.all([
        vault.decrypt(personId, person.name),
        vault.decrypt(personId, person.email),
      ]);
      // An e-mail that does not decrypt reads as a marker, not an address: nothing can be sent to it.
      if (!email.includes('@')) return undefined;
      return { personId, name, email, ...(person.language === undefined ? {} : { language: person.language }) };
    };
    return {
      contact(personId) {
        let contact = opened.get(personId);
        if (!contact) {
          contact = open(personId);
          opened.set(personId, contact);
        }
        return contact;
      },
      groupName: (groupId) => own(state.groups, groupId)?.name ?? groupId,
    };
  }
}
