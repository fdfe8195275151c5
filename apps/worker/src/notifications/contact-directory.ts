import {
  ORGANISATION_STREAM,
  evolveOrganisation,
  initialOrganisationState,
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
 * Reads the organisation once per call of `load` and opens names and e-mail addresses with the person's key, only
 * for the people a message needs. Someone who left is not written to: their cycle has been, or will be, released.
 */
export class ContactDirectory {
  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async load(): Promise<Directory> {
    const events = await this.store.readStream(ORGANISATION_STREAM);
    const state: OrganisationState = events.reduce(
      (folded, event) => evolveOrganisation(folded, event as unknown as OrganisationEvent),
      initialOrganisationState,
    );
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
