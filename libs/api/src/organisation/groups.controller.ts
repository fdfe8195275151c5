import type { Actor } from '../auth/actor';
import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Group, OrganisationCommand } from '@ledelsesrum/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { FacilitatorRefDto, PersonRefDto } from './dto/organisation-changes.dto';
import { GroupDto } from './dto/put-organisation.dto';
import { OrganisationService } from './organisation.service';
import { documented } from '../common/documented';

/** Changes to one group; each answers with the group as it is afterwards. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller('groups')
export class GroupsController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.groups.create.summary') })
  create(@Body() body: GroupDto, @CurrentPrincipal() principal: Actor): Promise<Group> {
    return this.change(body.id, { type: 'CreateGroup', group: { ...body } }, principal);
  }

  @Post(':id/members')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.groups.add-member.summary') })
  addMember(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PersonRefDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<Group> {
    return this.change(id, { type: 'AddGroupMember', groupId: id, personId: body.personId }, principal);
  }

  @Delete(':id/members/:personId')
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.groups.remove-member.summary') })
  removeMember(
    @Param('id', ParseIdPipe) id: string,
    @Param('personId', ParseIdPipe) personId: string,
    @CurrentPrincipal() principal: Actor,
  ): Promise<Group> {
    return this.change(id, { type: 'RemoveGroupMember', groupId: id, personId }, principal);
  }

  @Put(':id/facilitator')
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.groups.facilitator.summary') })
  changeFacilitator(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: FacilitatorRefDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<Group> {
    return this.change(id, { type: 'ChangeFacilitator', groupId: id, facilitatorId: body.facilitatorId }, principal);
  }

  private async change(groupId: string, command: OrganisationCommand, principal: Actor): Promise<Group> {
    await this.organisation.execute(() => command, principal);
    const { state } = await this.organisation.current();
    return state.groups[groupId]!;
  }
}
