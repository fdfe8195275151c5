import type { Actor } from '../auth/actor';
import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, DomainErrorCode, own } from '@ledelsesrum/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { GROUP_LINKS } from './answer-links';
import { FacilitatorRefDto, PersonRefDto } from './dto/organisation-changes.dto';
import { GroupAnswerDto } from './dto/organisation.answer';
import { GroupDto } from './dto/put-organisation.dto';
import { OrganisationService } from './organisation.service';
import { singleChange } from './single-change';
import { documented } from '../common/documented';

/** Changes to one group; each answers with the group as it is afterwards. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller('groups')
export class GroupsController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'createGroup', summary: documented('api.docs.organisation.groups.create.summary') })
  @ApiCreatedResponse({ type: GroupAnswerDto, links: GROUP_LINKS })
  @ApiErrors(404, 409, 422)
  create(@Body() body: GroupDto, @CurrentPrincipal() principal: Actor): Promise<GroupAnswerDto> {
    return this.change(body.id, () => ({ type: 'CreateGroup', group: { ...body } }), principal);
  }

  @Post(':id/members')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({
    operationId: 'addGroupMember',
    summary: documented('api.docs.organisation.groups.add-member.summary'),
  })
  @ApiIdParams('id')
  @ApiOkResponse({ type: GroupAnswerDto, links: GROUP_LINKS })
  @ApiErrors(404, 409, 422)
  addMember(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PersonRefDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<GroupAnswerDto> {
    return this.change(id, () => ({ type: 'AddGroupMember', groupId: id, personId: body.personId }), principal);
  }

  @Delete(':id/members/:personId')
  @Roles('chefgruppen')
  @ApiOperation({
    operationId: 'removeGroupMember',
    summary: documented('api.docs.organisation.groups.remove-member.summary'),
  })
  @ApiIdParams('id', 'personId')
  @ApiOkResponse({ type: GroupAnswerDto, links: GROUP_LINKS })
  @ApiErrors(404, 409, 422)
  removeMember(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @CurrentPrincipal() principal: Actor,
  ): Promise<GroupAnswerDto> {
    return this.change(
      id,
      (state) => {
        // Someone who is not a member is a conflict (409); someone who does not exist is unknown, as anywhere.
        if (own(state.groups, id) && !own(state.people, personId))
          throw new DomainError(DomainErrorCode.UnknownPerson, { id: personId });
        return { type: 'RemoveGroupMember', groupId: id, personId };
      },
      principal,
    );
  }

  @Put(':id/facilitator')
  @Roles('chefgruppen')
  @ApiOperation({
    operationId: 'changeFacilitator',
    summary: documented('api.docs.organisation.groups.facilitator.summary'),
  })
  @ApiIdParams('id')
  @ApiOkResponse({ type: GroupAnswerDto, links: GROUP_LINKS })
  @ApiErrors(404, 409, 422)
  changeFacilitator(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: FacilitatorRefDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<GroupAnswerDto> {
    return this.change(
      id,
      () => ({ type: 'ChangeFacilitator', groupId: id, facilitatorId: body.facilitatorId }),
      principal,
    );
  }

  private async change(
    groupId: string,
    build: Parameters<OrganisationService['execute']>[0],
    principal: Actor,
  ): Promise<GroupAnswerDto> {
    await singleChange(this.organisation.execute(build, principal));
    const { state } = await this.organisation.current();
    const { id, name, facilitatorId, memberIds } = state.groups[groupId]!;
    return { id, name, facilitatorId, memberIds: [...memberIds] };
  }
}
