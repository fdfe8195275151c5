import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore } from '@ledelsesrum/event-store';
import { message, refusal } from '@ledelsesrum/messages';
import {
  publishedSummaries,
  readStaffSummary,
  type CycleReadModel,
  type PublishedSummary,
  type StaffSummary,
} from '@ledelsesrum/projections';
import { CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';

/** What the staff pages read: only published summaries of rounds not called off. */
@Injectable()
export class StaffRounds {
  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  list(): PublishedSummary[] {
    return publishedSummaries(this.readModel);
  }

  /** A round without a published summary is, for the organisation, a page that does not exist (404). */
  async load(id: string): Promise<StaffSummary> {
    const summary = await readStaffSummary(this.store, this.readModel, id);
    if (!summary) throw refusal(message('web.staff.not-published', { id }), (line) => new NotFoundException(line));
    return summary;
  }
}
