import { Inject, Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, cycleStreamId, own, type OrganisationEvent } from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { OrganisationService } from '../organisation/organisation.service';
import type { PlainPerson } from '../organisation/plain-organisation';
import { CYCLE_READ_MODEL, EVENT_STORE, PERSONAL_DATA_VAULT } from '../infrastructure/tokens';
import type { Actor } from '../auth/actor';
import { openedCycleWords } from '../cycles/opened-cycle-words';

/** An event that concerns the person, as the right of access shows it. */
export interface ExportedEvent {
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actorId: string | null;
  readonly data: unknown;
}

export interface PersonalDataExport {
  readonly person: PlainPerson & { readonly leftAt?: string; readonly personalDataErasedAt?: string };
  readonly groupIds: readonly string[];
  readonly events: readonly ExportedEvent[];
}

/** The GDPR side of a person: erasure by key destruction, and the right of access. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly organisation: OrganisationService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
    @Inject(CYCLE_READ_MODEL) private readonly cycles: CycleReadModel,
  ) {}

  /**
   * Destroys the key first, because that is what erases; the event that records the erasure follows, and a retry
   * after a failure in between records it then.
   */
  async erase(personId: string, actor: Actor): Promise<PersonalDataExport['person']> {
    await this.known(personId);
    await this.vault.erase(personId);
    await this.organisation.execute(() => ({ type: 'ErasePersonalData', id: personId }), actor);
    return this.person(personId);
  }

  /** The person as stored, with their name and e-mail decrypted (unless erased), and when they left or were erased. */
  async person(personId: string): Promise<PersonalDataExport['person']> {
    const record = await this.known(personId);
    const { leftAt, personalDataErasedAt } = record;
    return {
      ...(await this.organisation.unseal(record)),
      ...(leftAt === undefined ? {} : { leftAt }),
      ...(personalDataErasedAt === undefined ? {} : { personalDataErasedAt }),
    };
  }

  /** Everything the system holds about the person, with their name and e-mail decrypted (unless erased). */
  async export(personId: string): Promise<PersonalDataExport> {
    const person = await this.person(personId);
    const { state, events: organisationEvents } = await this.organisation.history();
    const cycleStreams = this.cycles.list().map((cycle) => cycleStreamId(cycle.id));
    const cycleEvents = (await Promise.all(cycleStreams.map((stream) => this.store.readStream(stream)))).flat();
    const events = await Promise.all(
      [...organisationEvents, ...cycleEvents]
        .filter((event) => concerns(event, personId))
        .map((event) => this.exported(event, personId)),
    );
    return {
      person,
      groupIds: Object.values(state.groups)
        .filter((group) => group.memberIds.includes(personId))
        .map((group) => group.id),
      events,
    };
  }

  private async known(personId: string) {
    const { state } = await this.organisation.current();
    const record = own(state.people, personId);
    if (!record) throw new DomainError(DomainErrorCode.UnknownPerson, { id: personId });
    return record;
  }

  /** Personal data in the person's own events is shown decrypted: it is theirs. */
  private async exported(event: RecordedEvent, personId: string): Promise<ExportedEvent> {
    let data = event.data;
    if ((event.data as { personId?: string }).personId === personId) {
      data = await openedCycleWords(this.vault, event.type, data);
    }
    const type = event.type as OrganisationEvent['type'];
    if ((type === 'PersonAdded' || type === 'PersonDetailsChanged') && (data as { id: string }).id === personId) {
      const sealed = data as { name: never; email: never };
      data = {
        ...(data as object),
        name: await this.decrypt(personId, sealed.name),
        email: await this.decrypt(personId, sealed.email),
      };
    }
    const actorId = event.metadata['actorId'];
    return {
      stream: event.streamId,
      revision: event.revision,
      type: event.type,
      recordedAt: event.recordedAt,
      actorId: typeof actorId === 'string' ? actorId : null,
      data,
    };
  }

  private decrypt(personId: string, value: never): Promise<string> {
    return this.vault.decrypt(personId, value);
  }
}

const PERSON_EVENTS = new Set([
  'PersonAdded',
  'PersonChanged',
  'PersonDetailsChanged',
  'PersonLeft',
  'PersonalDataErased',
]);

/**
 * Whether an event concerns the person: as its actor, a member, an attendee or a recipient. Another person's own
 * records are theirs, even where they name this person (as their manager).
 */
function concerns(event: RecordedEvent, personId: string): boolean {
  if (event.metadata['actorId'] === personId) return true;
  if (PERSON_EVENTS.has(event.type)) return (event.data as { id?: string }).id === personId;
  return JSON.stringify(event.data).includes(JSON.stringify(personId));
}
