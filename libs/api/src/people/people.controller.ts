import type { Actor } from '../auth/actor';
import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { own } from '@ledelsesrum/domain';
import { message, refusal } from '@ledelsesrum/messages';
import { NoBodyPipe } from '../common/no-body.pipe';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AnyRole, Roles } from '../auth/roles.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ChangePersonDto } from '../organisation/dto/organisation-changes.dto';
import { PersonDto } from '../organisation/dto/put-organisation.dto';
import { OrganisationService } from '../organisation/organisation.service';
import type { PlainPerson } from '../organisation/plain-organisation';
import { PersonalDataService, type PersonalDataExport } from './personal-data.service';
import { documented } from '../common/documented';

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.people.add.summary') })
  async add(@Body() body: PersonDto, @CurrentPrincipal() principal: Actor): Promise<PlainPerson> {
    await this.organisation.execute(
      async (state) => ({ type: 'AddPerson', person: await this.organisation.seal(body, own(state.people, body.id)) }),
      principal,
    );
    return (await this.personalData.export(body.id)).person;
  }

  @Patch(':id')
  @Roles('chefgruppen')
  @ApiOperation({
    summary: documented('api.docs.people.change.summary'),
  })
  async change(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ChangePersonDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<PlainPerson> {
    await this.organisation.changePerson(id, body, principal);
    return (await this.personalData.export(id)).person;
  }

  @Post(':id/leave')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.people.leave.summary') })
  async leave(
    @Param('id', ParseIdPipe) id: string,
    @Body(NoBodyPipe) _body: undefined,
    @CurrentPrincipal() principal: Actor,
  ): Promise<PlainPerson> {
    await this.organisation.execute(() => ({ type: 'PersonLeaves', id }), principal);
    return (await this.personalData.export(id)).person;
  }

  @Delete(':id/personal-data')
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.people.erase.summary') })
  erase(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Actor): Promise<PlainPerson> {
    return this.personalData.erase(id, principal);
  }

  @Get(':id/export')
  @AnyRole()
  @ApiOperation({
    summary: documented('api.docs.people.insight.summary'),
  })
  export(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Actor): Promise<PersonalDataExport> {
    if (principal.id !== id && !principal.roles.includes('chefgruppen')) {
      throw refusal(message('api.people.insight.person-or-chefgruppen'), (line) => new ForbiddenException(line));
    }
    return this.personalData.export(id);
  }
}
