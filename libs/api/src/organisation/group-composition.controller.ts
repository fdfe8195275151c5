import type { Actor } from '../auth/actor';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { composeGroups, currentDocument } from '@ledelsesrum/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { AdoptGroupsDto, ComposeGroupsDto } from './dto/compose-groups.dto';
import { OrganisationAnswerDto } from './dto/organisation.answer';
import { CompositionProposalAnswerDto } from './dto/proposal.answer';
import { OrganisationService } from './organisation.service';
import { ApiErrors } from '../common/api-errors.decorator';
import { documented } from '../common/documented';
import { proposalAnswer } from './proposal-answer';

/** Chefgruppen's help with the groups: a balanced proposal, and adopting one (edited or not) as the groups. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller('organisation/groups')
export class GroupCompositionController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post('compose')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'composeGroups', summary: documented('api.docs.organisation.compose.summary') })
  @ApiBody({ type: ComposeGroupsDto, required: false, description: documented('api.docs.organisation.compose.body') })
  @ApiOkResponse({ type: CompositionProposalAnswerDto })
  // 409: a stored person whose values must be corrected first, or more groups than the organisation can fill.
  @ApiErrors(409)
  async compose(@Body() body: ComposeGroupsDto = {}): Promise<CompositionProposalAnswerDto> {
    const { state } = await this.organisation.current();
    const { people } = currentDocument(state);
    const proposal = composeGroups(
      people.map(({ id, areaId, level, experienced, managerId }) => ({
        id,
        areaId,
        level,
        experienced,
        ...(managerId === undefined ? {} : { managerId }),
      })),
      { count: body.count ?? 11, ...(body.seed === undefined ? {} : { seed: body.seed }) },
    );
    return proposalAnswer(proposal);
  }

  @Post('adopt')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'adoptGroups', summary: documented('api.docs.organisation.adopt.summary') })
  @ApiOkResponse({ type: OrganisationAnswerDto })
  // 422: groups that do not fit the organisation (unknown people, a facilitator who may not facilitate, …).
  @ApiErrors(409, 422)
  async adopt(@Body() body: AdoptGroupsDto, @CurrentPrincipal() principal: Actor): Promise<OrganisationAnswerDto> {
    // The groups replace every group; areas and people stay as they are, with their stored ciphertext. What else the
    // proposal carried (its scores, what it could not meet) describes it and is not kept.
    await this.organisation.execute(
      (state) => ({
        type: 'ImportOrganisation',
        ...currentDocument(state),
        groups: body.groups.map(({ id, name, facilitatorId, memberIds }) => ({ id, name, facilitatorId, memberIds })),
      }),
      principal,
    );
    return this.organisation.read();
  }
}
