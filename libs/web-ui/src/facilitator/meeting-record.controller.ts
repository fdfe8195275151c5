import { Body, Get, Inject, Param, Post } from '@nestjs/common';
import { DomainErrorCode, type CycleGroup } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { readCycleRecord } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { takeCommandKey } from '../common/command-key';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { refusalAtField, type RefusalFields } from '../common/refusal-at-field';
import { WebPages } from '../common/web-page.decorator';
import { FormPage, ShowFormAgain } from '../common/form-page';
import { groupMembers, groupToRecord } from './meeting-access';
import { initialMeetingForm, MEETING_LABELS, meetingFormValues, readMeetingForm } from './meeting-form';

/** What a conflict shows as typed: the record's texts (the day, the time and who attended are on the page). */
const MEETING_TEXT_LABELS = {
  keyPoints: MEETING_LABELS['keyPoints']!,
  inputToChefgruppen: MEETING_LABELS['inputToChefgruppen']!,
};
import { meetingFormPage } from './meeting-form.page';
import { organisationNames } from '../common/organisation-names';

const PATH = 'cykler/:id/grupper/:groupId';

/** The refusals of a meeting record that are about one of the form's fields. */
const MEETING_REFUSALS: RefusalFields = {
  [DomainErrorCode.MeetingInFuture]: 'heldAt',
  [DomainErrorCode.MeetingBeforePrep]: 'heldAt',
  [DomainErrorCode.MeetingWithoutAttendees]: 'attendeeIds',
};

/**
 * Recording a group's meeting, `GET|POST /facilitator/cykler/:id/grupper/:groupId`. Callers: the facilitator the
 * group had when the cycle was launched, and chefgruppen; anyone else gets 403, as from the JSON route. The stage
 * rules are the domain's: a refusal about a field (a time still to come, nobody attending) is shown at the field; any
 * other (prep not sent, already recorded) goes back to the page, which says where the meeting stands, with what was
 * typed.
 */
@WebPages('facilitator')
export class MeetingRecordController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly organisation: OrganisationService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(PATH)
  @Roles('facilitator', 'chefgruppen')
  async show(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
  ) {
    const cycle = this.cycles.launched(id);
    const group = groupToRecord(cycle, groupId, context.session!);
    const names = await this.namesOf(group);
    const minutes = group.meeting ? (await readCycleRecord(this.store, id)).meetings.get(groupId) : undefined;
    const state = context.shown?.form ?? initialMeetingForm(cycle);
    return meetingFormPage(context, { cycle, group, names, state, minutes });
  }

  @Post(PATH)
  @Roles('facilitator', 'chefgruppen')
  @FormPage({ labels: MEETING_TEXT_LABELS })
  async record(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: unknown,
  ) {
    const session = context.session!;
    const cycle = this.cycles.launched(id);
    const group = groupToRecord(cycle, groupId, session);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readMeetingForm(fields);
    if ('state' in form) {
      const { state } = form;
      return new ShowFormAgain(state, async () =>
        meetingFormPage(context, { cycle, group, names: await this.namesOf(group), state }),
      );
    }
    const command = { type: 'RecordMeeting' as const, groupId, ...form.value };
    const recorded = await refusalAtField(
      () => this.cycles.command(id, command, context.actor!, key),
      MEETING_REFUSALS,
    );
    if ('errors' in recorded) {
      const state = { values: meetingFormValues(fields), errors: recorded.errors };
      return new ShowFormAgain(state, async () =>
        meetingFormPage(context, { cycle, group, names: await this.namesOf(group), state }),
      );
    }
    return new Redirect(`/facilitator?registreret=${encodeURIComponent(groupId)}`);
  }

  private namesOf(group: CycleGroup) {
    return organisationNames(this.organisation, groupMembers(group));
  }
}
