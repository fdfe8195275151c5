import { Body, Get, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { DomainErrorCode } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { readMeetingRecords } from '@ledelsesrum/projections';
import { domainErrorText, refusal } from '@ledelsesrum/messages';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService, assertMayAmendRecord } from '@ledelsesrum/api/cycles';
import { EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { takeCommandKey } from '../common/command-key';
import { FormPage } from '../common/form-page';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { refusalAtField, type RefusalFields } from '../common/refusal-at-field';
import { WebPages } from '../common/web-page.decorator';
import { amendmentFormOf, meetingAmendmentPage } from './meeting-amendment.page';
import {
  MEETING_LABELS,
  MEETING_REFUSALS,
  MEETING_TEXT_LABELS,
  meetingFormValues,
  readMeetingForm,
} from './meeting-form';
import { MeetingFormPages } from './meeting-form-pages';

const PATH = 'cykler/:id/grupper/:groupId/ret';

/** What a conflict shows as typed: the record's texts and the reason for amending it. */
const AMENDMENT_TEXT_LABELS = { ...MEETING_TEXT_LABELS, reason: MEETING_LABELS['reason']! };

/** The refusals of an amendment that are about one of the form's fields. */
const AMENDMENT_REFUSALS: RefusalFields = { ...MEETING_REFUSALS, [DomainErrorCode.AmendmentNeedsReason]: 'reason' };

/**
 * Amending a group's meeting record, `GET|POST /facilitator/cykler/:id/grupper/:groupId/ret`. Callers: chefgruppen,
 * and the facilitator the group had at launch until the summary is published (403 otherwise, as from
 * PUT /api/cycles/:id/meetings/:groupId). The form starts from the record as it now reads; after the summary the
 * domain wants a reason. A form with errors, or one the domain refuses for what a field says, goes back to its page
 * with what was typed (Post/Redirect/Get), as does any other refusal, beside where the record stands now.
 */
@WebPages('facilitator')
export class MeetingAmendmentController {
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
    const subject = this.amendable(context, id, groupId);
    const record = (await readMeetingRecords(this.store, id))?.find((candidate) => candidate.groupId === groupId);
    if (!record) {
      const words = domainErrorText({ messageId: DomainErrorCode.MeetingNotRecorded, params: {} });
      throw refusal(words, (line) => new NotFoundException(line));
    }
    const state = context.shown?.form ?? amendmentFormOf(record);
    return this.pages.page(context, subject, state, meetingAmendmentPage);
  }

  @Post(PATH)
  @Roles('facilitator', 'chefgruppen')
  @FormPage({ labels: AMENDMENT_TEXT_LABELS })
  async amend(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: unknown,
  ) {
    const subject = this.amendable(context, id, groupId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readMeetingForm(fields, subject.cycle.summary ? 'reason-required' : 'reason-optional');
    if ('state' in form) return this.pages.again(context, subject, form.state, meetingAmendmentPage);
    const command = { type: 'AmendMeetingRecord' as const, groupId, ...form.value };
    const amended = await refusalAtField(
      () => this.cycles.command(id, command, context.actor!, key),
      AMENDMENT_REFUSALS,
    );
    if ('errors' in amended) {
      const state = { values: meetingFormValues(fields, true), errors: amended.errors };
      return this.pages.again(context, subject, state, meetingAmendmentPage);
    }
    return new Redirect(`/facilitator/cykler/${id}/grupper/${groupId}`);
  }

  /** The group whose record the reader may amend now (403 otherwise). */
  private amendable(context: PageContext, id: string, groupId: string) {
    const subject = this.pages.subject(context, id, groupId);
    assertMayAmendRecord(subject.cycle, groupId, context.session!);
    return subject;
  }
}
