import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  ORGANISATION_STREAM,
  decideOrganisation,
  evolveOrganisation,
  initialOrganisationState,
  type EncryptedValue,
  type OrganisationEvent,
  type OrganisationState,
  type Person,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { EVENT_STORE, PERSONAL_DATA_VAULT } from '../tokens';
import type { OrganisationDocument } from './organisation-document';

/**
 * The organisation's stream has no workflow: a change is decided against the folded stream and appended with the
 * revision it was decided on, so two concurrent imports cannot both win (the loser gets a concurrency error).
 */
@Injectable()
export class OrganisationService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
  ) {}

  async current(): Promise<{ state: OrganisationState; revision: number }> {
    const events = await this.store.readStream(ORGANISATION_STREAM);
    const state = events.reduce(
      (folded, event) => evolveOrganisation(folded, event as unknown as OrganisationEvent),
      initialOrganisationState,
    );
    return { state, revision: events.length - 1 };
  }

  async read(): Promise<OrganisationDocument> {
    const { state } = await this.current();
    const people = await Promise.all(
      Object.values(state.people).map(async (person) => ({
        id: person.id,
        name: await this.vault.decrypt(person.id, person.name),
        email: await this.vault.decrypt(person.id, person.email),
        areaId: person.areaId,
        level: person.level,
        experienced: person.experienced,
      })),
    );
    return { areas: Object.values(state.areas), people, groups: Object.values(state.groups) };
  }

  /** Records the differences between the stored organisation and `document`; returns how many events that took. */
  async replace(document: OrganisationDocument, actorId: string, now: string): Promise<number> {
    const { state, revision } = await this.current();
    const people = await Promise.all(document.people.map((person) => this.sealPerson(person, state.people[person.id])));
    const events = decideOrganisation(
      { type: 'ImportOrganisation', areas: document.areas, people, groups: document.groups },
      state,
    );
    if (events.length === 0) return 0;
    await this.store.appendToStream(
      ORGANISATION_STREAM,
      events.map((event) => ({ id: randomUUID(), ...event, metadata: { actorId, occurredAt: now } })),
      { expectedRevision: revision < 0 ? 'no_stream' : revision },
    );
    return events.length;
  }

  /** Encrypts a person's name and e-mail, reusing the stored ciphertext when the plaintext has not changed. */
  private async sealPerson(
    person: OrganisationDocument['people'][number],
    stored: Person | undefined,
  ): Promise<Person> {
    const seal = async (plaintext: string, existing: EncryptedValue | undefined) =>
      existing && (await this.vault.decrypt(person.id, existing)) === plaintext
        ? existing
        : this.vault.encrypt(person.id, plaintext);
    return {
      id: person.id,
      areaId: person.areaId,
      level: person.level,
      experienced: person.experienced,
      name: await seal(person.name, stored?.name),
      email: await seal(person.email, stored?.email),
    };
  }
}
