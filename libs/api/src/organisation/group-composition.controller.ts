import type { Actor } from '../auth/actor';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { composeGroups, currentDocument } from '@ledelsesrum/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { AdoptGroupsDto, ComposeGroupsDto } from './dto/compose-groups.dto';
import type { PlainOrganisation } from './plain-organisation';
import { OrganisationService } from './organisation.service';
import { documented } from '../common/documented';
import { proposalAnswer, type CompositionProposalAnswer } from './proposal-answer';

/** Chefgruppen's help with the groups: a balanced proposal, and adopting one (edited or not) as the groups. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller('organisation/groups')
export class GroupCompositionController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post('compose')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.compose.summary') })
  async compose(@Body() body: ComposeGroupsDto): Promise<CompositionProposalAnswer> {
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
  @ApiOperation({
    summary: documented('api.docs.organisation.adopt.summary'),
  })
  async adopt(@Body() body: AdoptGroupsDto, @CurrentPrincipal() principal: Actor): Promise<PlainOrganisation> {
    // The groups replace every group; areas and people stay as they are, with their stored ciphertext.
    await this.organisation.execute(
      (state) => ({
        type: 'ImportOrganisation',
        ...currentDocument(state),
        groups: body.groups.map((group) => ({ ...group })),
      }),
      principal,
    );
    return this.organisation.read();
  }
}
