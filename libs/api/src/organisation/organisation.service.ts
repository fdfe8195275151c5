import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  ORGANISATION_STREAM,
  isActive,
  evolveAll,
  organisationDecider,
  own,
  expectValue,
  isText,
  type EncryptedValue,
  type OrganisationCommand,
  type OrganisationEvent,
  type OrganisationState,
  type Person,
  type PersonRecord,
} from '@ledelsesrum/domain';
import { WrongExpectedRevisionError, type EventStore, type RecordedEvent } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { bothLanguages } from '@ledelsesrum/messages';
import { commandOrigin, type Actor } from '../auth/actor';
import {
  EVENT_STORE,
  ORGANISATION_COMMANDS,
  PERSONAL_DATA_VAULT,
  type OrganisationCommands,
} from '../infrastructure/tokens';
import { personCorrections, type PlainOrganisation, type PlainPerson } from './plain-organisation';

/**
 * A change to one person: the fields given replace the stored ones; `null` removes the manager, the language, the
 * workplace or the staff address.
 */
export type PersonChange = Partial<Omit<PlainPerson, 'id' | RemovableField>> & {
  readonly [field in RemovableField]?: PlainPerson[field] | null;
};

type RemovableField = 'managerId' | 'language' | 'workplace' | 'staffAddress';

/** A whole organisation to replace the stored one with; without `groups` the groups stay. */
export type ReplacementDocument = Omit<PlainOrganisation, 'groups'> & { groups?: PlainOrganisation['groups'] };

/** Fields a file may say nothing about (it has no column for them): then the stored values stay. */
export interface KeptFields {
  readonly keepLanguages?: boolean;
  readonly keepWorkplaces?: boolean;
}

export interface ReplaceOptions extends KeptFields {
  readonly expectedRevision?: number;
}

/** Stands in for a value a preview would seal anew: no stored ciphertext has these parts. */
const CHANGED_MARKER: EncryptedValue = { alg: 'A256GCM', iv: 'preview', ciphertext: 'preview', tag: 'preview' };

/**
 * The organisation's reads and changes. A change goes through the application layer like every command: decided
 * against the folded stream and appended with the revision it was decided on; a change that lost a race with another
 * process is decided again on what that process stored.
 */
@Injectable()
export class OrganisationService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
    @Inject(ORGANISATION_COMMANDS) private readonly commands: OrganisationCommands,
  ) {}

  /** The organisation now: the application layer's cached fold, caught up with the store. */
  async current(): Promise<{ state: OrganisationState; revision: number }> {
    const { state, revision } = await this.commands.current(ORGANISATION_STREAM);
    return { state, revision };
  }

  /** The organisation as it was at `at` (events recorded up to and including that moment), with those events. */
  async history(at?: Date): Promise<{ state: OrganisationState; revision: number; events: RecordedEvent[] }> {
    const all = await this.store.readStream(ORGANISATION_STREAM);
    // Cut at the last event recorded by then, so the answer is always a prefix of the history.
    let cut = all.length;
    if (at) for (cut = 0; cut < all.length && Date.parse(all[cut]!.recordedAt) <= at.getTime(); cut += 1);
    const events = all.slice(0, cut);
    const state = evolveAll(
      organisationDecider,
      organisationDecider.initialState,
      events as unknown as readonly OrganisationEvent[],
    );
    return { state, revision: all.length - 1, events };
  }

  /** Active people only; names and e-mails decrypted (or read as erased). */
  async read(at?: Date): Promise<PlainOrganisation> {
    const { state } = at ? await this.history(at) : await this.current();
    const people = await Promise.all(
      Object.values(state.people)
        .filter((person) => person.leftAt === undefined)
        .map((person) => this.unseal(person)),
    );
    const problems = personCorrections(state, new Map(people.map((person) => [person.id, person]))).map(
      ({ personId, field, text }) => ({ personId, field, message: bothLanguages(text) }),
    );
    // Only an organisation with something to correct says so: the answer of a sound one can be PUT back as it is.
    return {
      areas: Object.values(state.areas),
      people,
      groups: Object.values(state.groups),
      ...(problems.length > 0 ? { problems } : {}),
    };
  }

  async unseal(person: PersonRecord | Person): Promise<PlainPerson> {
    const { id, areaId, level, experienced, managerId, language, workplace, staffAddress } = person;
    return {
      id,
      name: await this.vault.decrypt(id, person.name),
      email: await this.vault.decrypt(id, person.email),
      areaId,
      level,
      experienced,
      ...(managerId === undefined ? {} : { managerId }),
      ...(language === undefined ? {} : { language }),
      ...(workplace === undefined ? {} : { workplace }),
      ...(staffAddress === undefined ? {} : { staffAddress }),
    };
  }

  /**
   * Decides a command against the current organisation and records its events, through the application layer. The
   * command is built from the current state, so that personal data can be sealed against what is stored.
   */
  async execute(
    build: (state: OrganisationState) => Promise<OrganisationCommand> | OrganisationCommand,
    actor: Actor,
  ): Promise<readonly OrganisationEvent[]> {
    const outcome = await this.commands.execute(ORGANISATION_STREAM, build, commandOrigin(actor, 'organisation'));
    return outcome.events;
  }

  /**
   * Changes the given fields of a person (`PATCH /api/people/:id` and the person page): absent fields stay as they are,
   * `null` removes the manager or the language. Sealing against the stored values keeps unchanged ciphertext, so only
   * real changes become events.
   */
  changePerson(personId: string, change: PersonChange, actor: Actor): Promise<readonly OrganisationEvent[]> {
    return this.execute(async (state) => {
      const stored = own(state.people, personId);
      if (!stored) throw new DomainError(DomainErrorCode.UnknownPerson, { id: personId });
      // DTO instances carry every declared field, given or not: only the given ones change the person.
      const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
      const { managerId, language, workplace, staffAddress, ...merged } = {
        ...(await this.unseal(stored)),
        ...given,
      } as PersonChange & PlainPerson;
      const person: PlainPerson = {
        ...merged,
        ...(managerId ? { managerId } : {}),
        ...(language ? { language } : {}),
        ...(workplace ? { workplace } : {}),
        ...(staffAddress ? { staffAddress } : {}),
      };
      return { type: 'UpdatePerson', person: await this.seal(person, stored) };
    }, actor);
  }

  /**
   * Replaces the whole organisation; only the differences are recorded. Without `groups` the groups stay as they
   * are, less the people the document no longer has. With `keepLanguages` (a file that says nothing about
   * languages) a person without a language keeps the one stored; with `keepWorkplaces` the same for the workplace and
   * the staff address. With `expectedRevision` (the revision a preview of
   * the change was made at) a change recorded since then refuses it as a conflict instead of overwriting it.
   */
  replace(
    document: ReplacementDocument,
    actor: Actor,
    { keepLanguages = false, keepWorkplaces = false, expectedRevision }: ReplaceOptions = {},
  ): Promise<readonly OrganisationEvent[]> {
    return this.execute(async (state) => {
      if (expectedRevision !== undefined) {
        // The stored stream, not the state handed in: a stale cache is caught by the append, a newer store here.
        const { revision } = await this.commands.current(ORGANISATION_STREAM);
        if (revision !== expectedRevision) {
          throw new WrongExpectedRevisionError(ORGANISATION_STREAM, expectedRevision, revision);
        }
      }
      return this.replacement(state, document, { keepLanguages, keepWorkplaces }, (person, stored) =>
        this.seal(person, stored),
      );
    }, actor);
  }

  /**
   * What `replace` would record now, decided by the same rules and stored nowhere, with the state and revision it
   * was decided on. Nothing is sealed: a new name or e-mail stands in as a marker, so no key is made for anyone.
   */
  async previewReplace(
    document: ReplacementDocument,
    actor: Actor,
    { keepLanguages = false, keepWorkplaces = false }: KeptFields = {},
  ): Promise<{ state: OrganisationState; revision: number; events: readonly OrganisationEvent[] }> {
    const { state, revision } = await this.current();
    const command = await this.replacement(state, document, { keepLanguages, keepWorkplaces }, (person, stored) =>
      this.markChanges(person, stored),
    );
    const events = organisationDecider.decide(command, state, { actorId: actor.id, now: new Date().toISOString() });
    return { state, revision, events };
  }

  private async replacement(
    state: OrganisationState,
    document: ReplacementDocument,
    { keepLanguages, keepWorkplaces }: Required<KeptFields>,
    seal: (person: PlainPerson, stored: Person | undefined) => Promise<Person>,
  ): Promise<OrganisationCommand> {
    const ids = new Set(document.people.map((person) => person.id));
    const kept = Object.values(state.groups).map((group) => ({
      ...group,
      memberIds: group.memberIds.filter((id) => ids.has(id)),
    }));
    const withKept = (person: PlainPerson): PlainPerson => {
      const stored = own(state.people, person.id);
      if (!isActive(stored)) return person;
      const { language, workplace, staffAddress } = stored;
      return {
        ...person,
        ...(keepLanguages && person.language === undefined && language ? { language } : {}),
        ...(keepWorkplaces && person.workplace === undefined && workplace ? { workplace } : {}),
        ...(keepWorkplaces && person.staffAddress === undefined && staffAddress ? { staffAddress } : {}),
      };
    };
    return {
      type: 'ImportOrganisation',
      areas: document.areas,
      people: await Promise.all(document.people.map((person) => seal(withKept(person), own(state.people, person.id)))),
      groups: document.groups ?? kept,
    };
  }

  /** A person as `seal` would give them, with a marker in place of each value that would be sealed anew. */
  private markChanges(person: PlainPerson, stored: Person | undefined): Promise<Person> {
    return this.sealWith(
      person,
      async (field) => (await this.storedIfSame(person.id, person[field], stored?.[field])) ?? CHANGED_MARKER,
    );
  }

  /** Encrypts a person's name and e-mail, reusing the stored ciphertext when the plaintext has not changed. */
  seal(person: PlainPerson, stored: Person | undefined): Promise<Person> {
    return this.sealWith(person, (field) => this.sealValue(person.id, person[field], stored?.[field]));
  }

  private async sealWith(
    person: PlainPerson,
    sealed: (field: 'name' | 'email') => Promise<EncryptedValue>,
  ): Promise<Person> {
    const { id, areaId, level, experienced, managerId, language, workplace, staffAddress } = person;
    // The domain sees only ciphertext: a name or e-mail that is not text is refused here, before it is sealed.
    for (const field of ['name', 'email'] as const) expectValue(isText(person[field]), field, person[field]);
    return {
      id,
      areaId,
      level,
      experienced,
      ...(managerId === undefined ? {} : { managerId }),
      // A JSON body may send `language: null`: no language, as when it is left out.
      ...(language ? { language } : {}),
      ...(workplace ? { workplace } : {}),
      ...(staffAddress ? { staffAddress } : {}),
      name: await sealed('name'),
      email: await sealed('email'),
    };
  }

  async sealValue(personId: string, plaintext: string, existing: EncryptedValue | undefined): Promise<EncryptedValue> {
    return (await this.storedIfSame(personId, plaintext, existing)) ?? this.vault.encrypt(personId, plaintext);
  }

  /** The stored ciphertext when it still holds `plaintext`, or when it was erased (erasure is for good). */
  private async storedIfSame(
    personId: string,
    plaintext: string,
    existing: EncryptedValue | undefined,
  ): Promise<EncryptedValue | undefined> {
    // Whatever a later import or change sends, the erased ciphertext stays.
    if (!existing || (await this.vault.isErased(personId))) return existing;
    return (await this.vault.decrypt(personId, existing)) === plaintext ? existing : undefined;
  }
}
