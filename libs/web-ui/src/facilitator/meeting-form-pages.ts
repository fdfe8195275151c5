import type { CycleGroup, LaunchedCycle } from '@ledelsesrum/domain';
import type { MeetingMinutes } from '@ledelsesrum/projections';
import type { CyclesService } from '@ledelsesrum/api/cycles';
import type { OrganisationService } from '@ledelsesrum/api/organisation';
import type { FormState } from '../common/form-fields';
import { ShowFormAgain } from '../common/form-page';
import type { Html } from '../common/html';
import { organisationNames } from '../common/organisation-names';
import type { PageContext } from '../common/page-context';
import { groupMembers, groupToRecord } from './meeting-access';
import type { MeetingFormView } from './meeting-form.page';

/** The round and the group a meeting form is about. */
export interface MeetingFormSubject {
  readonly cycle: LaunchedCycle;
  readonly group: CycleGroup;
}

/** Draws a meeting form's page: the one that records the meeting, or the one that amends its record. */
export type MeetingFormDrawing = (context: PageContext, view: MeetingFormView) => Html;

/**
 * What the pages that record and amend a group's meeting share: the round and the group the reader may record (403
 * for anyone but the group's facilitator at launch and chefgruppen, 404 for a group not in the round), and the form's
 * page with the names of the group's people, as first shown or again after a refused post.
 */
export class MeetingFormPages {
  constructor(
    private readonly cycles: CyclesService,
    private readonly organisation: OrganisationService,
  ) {}

  subject(context: PageContext, id: string, groupId: string): MeetingFormSubject {
    const cycle = this.cycles.launched(id);
    return { cycle, group: groupToRecord(cycle, groupId, context.session!) };
  }

  async page(
    context: PageContext,
    subject: MeetingFormSubject,
    state: FormState,
    draw: MeetingFormDrawing,
    minutes?: MeetingMinutes,
  ): Promise<Html> {
    const names = await organisationNames(this.organisation, groupMembers(subject.group));
    return draw(context, { ...subject, names, state, minutes });
  }

  /** A refused post's answer: back to the form's page, which shows the form again as typed, with its errors. */
  again(context: PageContext, subject: MeetingFormSubject, state: FormState, draw: MeetingFormDrawing): ShowFormAgain {
    // The names are read only if the form is too large for the flash and its page is answered at once.
    return new ShowFormAgain(state, () => this.page(context, subject, state, draw));
  }
}
