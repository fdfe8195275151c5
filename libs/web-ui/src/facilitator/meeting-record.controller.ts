import { Body, Get, Param, Post } from '@nestjs/common';
import type { CycleGroup } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { takeCommandKey } from '../common/command-key';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { WebPages } from '../common/web-page.decorator';
import { FormPage, ShowFormAgain } from '../common/form-page';
import { groupMembers, groupToRecord } from './meeting-access';
import { initialMeetingForm, MEETING_LABELS, readMeetingForm } from './meeting-form';

/** What a conflict shows as typed: the record's texts (the day, the time and who attended are on the page). */
const MEETING_TEXT_LABELS = {
  keyPoints: MEETING_LABELS['keyPoints']!,
  inputToChefgruppen: MEETING_LABELS['inputToChefgruppen']!,
};
import { meetingFormPage } from './meeting-form.page';
import { organisationNames } from '../common/organisation-names';

const PATH = 'cykler/:id/grupper/:groupId';

/**
 * Recording a group's meeting, `GET|POST /facilitator/cykler/:id/grupper/:groupId`. Callers: the facilitator the
 * group had when the cycle was launched, and chefgruppen; anyone else gets 403, as from the JSON route. The stage
 * rules are the domain's: a refusal (prep not sent, already recorded) goes back to the page, which says where the
 * meeting stands, with what was typed.
 */
@WebPages('facilitator')
export class MeetingRecordController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly organisation: OrganisationService,
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
    const state = context.shown?.form ?? initialMeetingForm(cycle);
    return meetingFormPage(context, { cycle, group, names, state });
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
    await this.cycles.command(id, command, context.actor!, key);
    return new Redirect(`/facilitator?registreret=${encodeURIComponent(groupId)}`);
  }

  private namesOf(group: CycleGroup) {
    return organisationNames(this.organisation, groupMembers(group));
  }
}
