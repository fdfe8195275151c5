import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore } from '@ledelsesrum/event-store';
import { message, refusal } from '@ledelsesrum/messages';
import { readCycleHistory, type CycleReadModel } from '@ledelsesrum/projections';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { launchedCycle } from '../chefgruppen/cycles/page-data';
import { PeopleDirectory } from '../chefgruppen/cycles/people';
import type { CycleFile } from './cycle-file';

/** Reads a round's state, history and names for its printed documents, from where the round's pages read them. */
@Injectable()
export class CycleFiles {
  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly organisation: OrganisationService,
  ) {}

  /** Any launched round; 404 when there is no such round. */
  async load(id: string): Promise<CycleFile> {
    const { state } = launchedCycle(this.readModel, id);
    const [history, organisation] = await Promise.all([readCycleHistory(this.store, id), this.organisation.read()]);
    return { state, history, names: new PeopleDirectory(organisation) };
  }

  /** A round whose summary is published; before that there is no summary to file or print (404). */
  async loadPublished(id: string): Promise<CycleFile> {
    const file = await this.load(id);
    if (!file.state.summary)
      throw refusal(message('web.print.no-summary-yet', { id }), (line) => new NotFoundException(line));
    return file;
  }
}
