import { Body, Get, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { DomainErrorCode, type CycleGroup } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { readMeetingRecords } from '@ledelsesrum/projections';
import { domainErrorText, refusal } from '@ledelsesrum/messages';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService, assertMayAmendRecord } from '@ledelsesrum/api/cycles';
import { EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { takeCommandKey } from '../common/command-key';
import { organisationNames } from '../common/organisation-names';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { WebPages } from '../common/web-page.decorator';
import { PageResult } from '../common/web-page.interceptor';
import { groupMembers, groupToRecord } from './meeting-access';
import { amendmentFormOf, meetingAmendmentPage } from './meeting-amendment.page';
import { readMeetingForm } from './meeting-form';

const PATH = 'cykler/:id/grupper/:groupId/ret';

/**
 * Amending a group's meeting record, `GET|POST /facilitator/cykler/:id/grupper/:groupId/ret`. Callers: chefgruppen,
 * and the facilitator the group had at launch until the summary is published (403 otherwise, as from
 * PUT /api/cycles/:id/meetings/:groupId). The form starts from the record as it now reads; after the summary the
 * domain wants a reason, and its refusal is the 409 page with its message.
 */
@WebPages('facilitator')
export class MeetingAmendmentController {
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
    const { cycle, group } = this.amendable(context, id, groupId);
    const record = (await readMeetingRecords(this.store, id))?.find((candidate) => candidate.groupId === groupId);
    if (!record) {
      const words = domainErrorText({ messageId: DomainErrorCode.MeetingNotRecorded, params: {} });
      throw refusal(words, (line) => new NotFoundException(line));
    }
    const names = await this.namesOf(group);
    return meetingAmendmentPage(context, { cycle, group, names, state: amendmentFormOf(record) });
  }

  @Post(PATH)
  @Roles('facilitator', 'chefgruppen')
  async amend(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: unknown,
  ) {
    const { cycle, group } = this.amendable(context, id, groupId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readMeetingForm(fields, cycle.summary ? 'reason-required' : 'reason-optional');
    if ('state' in form) {
      const page = meetingAmendmentPage(context, { cycle, group, names: await this.namesOf(group), state: form.state });
      return new PageResult(400, page);
    }
    await this.cycles.command(id, { type: 'AmendMeetingRecord', groupId, ...form.value }, context.actor!, key);
    return new Redirect(`/facilitator/cykler/${id}/grupper/${groupId}`);
  }

  private amendable(context: PageContext, id: string, groupId: string) {
    const cycle = this.cycles.launched(id);
    const group = groupToRecord(cycle, groupId, context.session!);
    assertMayAmendRecord(cycle, groupId, context.session!);
    return { cycle, group };
  }

  private namesOf(group: CycleGroup) {
    return organisationNames(this.organisation, groupMembers(group));
  }
}
