import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { reachStreamId, tallyReach, type LaunchedCycle, type ReachEvent, type ReachTally } from '@ledelsesrum/domain';
import type { AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import {
  readCycleInput,
  toCycleDetails,
  type CycleDetails,
  type CycleReadModel,
  type GroupInput,
} from '@ledelsesrum/projections';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { APP_CONFIG, CYCLE_READ_MODEL, EVENT_STORE, PERSONAL_DATA_VAULT } from '@ledelsesrum/api/infrastructure';
import { message, refusal } from '@ledelsesrum/messages';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { PeopleDirectory } from './people';
import { loadShownRecord, type ShownRecord } from './record-data';

/** Where the cycle pages read from: the same read model, event store and organisation the JSON API reads. */
@Injectable()
export class CycleSources {
  constructor(
    @Inject(CYCLE_READ_MODEL) readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) readonly store: EventStore,
    readonly organisation: OrganisationService,
    @Inject(PERSONAL_DATA_VAULT) readonly vault: PersonalDataVault,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}

/** Everything the cycle page shows, read once per request. */
export interface CyclePageData {
  readonly state: LaunchedCycle;
  /** As GET /api/cycles/:id gives it. */
  readonly details: CycleDetails;
  readonly directory: PeopleDirectory;
  /** As GET /api/cycles/:id/input gives it: what the groups sent up, and where it was taken up. */
  readonly input: readonly GroupInput[];
  /** The meetings' records and the leaders' confirmations, their notes opened. */
  readonly record: ShownRecord;
  /** The staff's anonymous answers, counted; shown only from `minAnswers` up. */
  readonly reach: ReachTally;
  readonly minAnswers: number;
}

/** The cycle's state as projected; 404 (the web's "page not found") when there is no such cycle. */
export function launchedCycle(readModel: CycleReadModel, id: string): { state: LaunchedCycle; revision: number } {
  const entry = readModel.get(id);
  if (!entry || entry.state.status !== 'launched')
    throw refusal(
      message('web.chefgruppen.cycles.page-data.unknown-cycle', { id }),
      (line) => new NotFoundException(line),
    );
  return { state: entry.state, revision: entry.revision };
}

export async function loadCyclePage(sources: CycleSources, id: string): Promise<CyclePageData> {
  const { state, revision } = launchedCycle(sources.readModel, id);
  const [organisation, input, record, reach] = await Promise.all([
    sources.organisation.read(),
    readCycleInput(sources.store, id, (groupId, item) => sources.readModel.takenUpIn(id, groupId, item)),
    loadShownRecord(sources.store, sources.vault, sources.organisation, state),
    sources.store.readStream(reachStreamId(id)),
  ]);
  return {
    state,
    details: toCycleDetails(state, revision),
    directory: new PeopleDirectory(organisation),
    input: input ?? [],
    record,
    reach: tallyReach(reach as unknown as ReachEvent[]),
    minAnswers: sources.config.reach.minAnswers,
  };
}
