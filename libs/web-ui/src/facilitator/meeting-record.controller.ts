import { Body, Get, Inject, Param, Post } from '@nestjs/common';
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
import { refusalAtField } from '../common/refusal-at-field';
import { WebPages } from '../common/web-page.decorator';
import { FormPage } from '../common/form-page';
import {
  initialMeetingForm,
  MEETING_REFUSALS,
  MEETING_TEXT_LABELS,
  meetingFormValues,
  readMeetingForm,
} from './meeting-form';
import { meetingFormPage } from './meeting-form.page';
import { MeetingFormPages } from './meeting-form-pages';

const PATH = 'cykler/:id/grupper/:groupId';

/**
 * Recording a group's meeting, `GET|POST /facilitator/cykler/:id/grupper/:groupId`. Callers: the facilitator the
 * group had when the cycle was launched, and chefgruppen; anyone else gets 403, as from the JSON route. The stage
 * rules are the domain's: a refusal about a field (a time still to come, nobody attending) is shown at the field; any
 * other (prep not sent, already recorded) goes back to the page, which says where the meeting stands, with what was
 * typed.
 */
@WebPages('facilitator')
export class MeetingRecordController {
  private readonly pages: MeetingFormPages;

  constructor(
    private readonly cycles: CyclesService,
    organisation: OrganisationService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.pages = new MeetingFormPages(cycles, organisation);
  }

  @Get(PATH)
  @Roles('facilitator', 'chefgruppen')
  async show(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
  ) {
    const subject = this.pages.subject(context, id, groupId);
    const minutes = subject.group.meeting ? (await readCycleRecord(this.store, id)).meetings.get(groupId) : undefined;
    const state = context.shown?.form ?? initialMeetingForm(subject.cycle);
    return this.pages.page(context, subject, state, meetingFormPage, minutes);
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
    const subject = this.pages.subject(context, id, groupId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readMeetingForm(fields);
    if ('state' in form) return this.pages.again(context, subject, form.state, meetingFormPage);
    const command = { type: 'RecordMeeting' as const, groupId, ...form.value };
    const recorded = await refusalAtField(
      () => this.cycles.command(id, command, context.actor!, key),
      MEETING_REFUSALS,
    );
    if ('errors' in recorded) {
      const state = { values: meetingFormValues(fields), errors: recorded.errors };
      return this.pages.again(context, subject, state, meetingFormPage);
    }
    return new Redirect(`/facilitator?registreret=${encodeURIComponent(groupId)}`);
  }
}
