import type { Actor } from '../auth/actor';
import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { own } from '@ledelsesrum/domain';
import { message, refusal } from '@ledelsesrum/messages';
import { NoBodyPipe } from '../common/no-body.pipe';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AnyRole, Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { PERSON_LINKS } from '../organisation/answer-links';
import { ChangePersonDto } from '../organisation/dto/organisation-changes.dto';
import { PersonDto } from '../organisation/dto/put-organisation.dto';
import { OrganisationService } from '../organisation/organisation.service';
import { singleChange } from '../organisation/single-change';
import { PersonalDataExportDto, PersonRecordAnswerDto } from './dto/personal-data.answer';
import { PersonalDataService } from './personal-data.service';
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
  @ApiOperation({ operationId: 'addPerson', summary: documented('api.docs.people.add.summary') })
  @ApiCreatedResponse({ type: PersonRecordAnswerDto, links: PERSON_LINKS })
  @ApiErrors(404, 409, 422)
  async add(@Body() body: PersonDto, @CurrentPrincipal() principal: Actor): Promise<PersonRecordAnswerDto> {
    await singleChange(
      this.organisation.execute(
        async (state) => ({
          type: 'AddPerson',
          person: await this.organisation.seal(body, own(state.people, body.id)),
        }),
        principal,
      ),
    );
    return this.personalData.person(body.id);
  }

  @Patch(':id')
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'changePerson', summary: documented('api.docs.people.change.summary') })
  @ApiIdParams('id')
  @ApiOkResponse({ type: PersonRecordAnswerDto, links: PERSON_LINKS })
  @ApiErrors(404, 409, 422)
  // Only what is given changes: without a body (or `{}`) nothing does.
  @ApiBody({ type: ChangePersonDto, required: false })
  async change(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ChangePersonDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<PersonRecordAnswerDto> {
    await singleChange(this.organisation.changePerson(id, body, principal));
    return this.personalData.person(id);
  }

  @Post(':id/leave')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'personLeaves', summary: documented('api.docs.people.leave.summary') })
  @ApiIdParams('id')
  @ApiOkResponse({ type: PersonRecordAnswerDto, links: PERSON_LINKS })
  @ApiErrors(404, 409, 422)
  async leave(
    @Param('id', ParseIdPipe) id: string,
    @Body(NoBodyPipe) _body: undefined,
    @CurrentPrincipal() principal: Actor,
  ): Promise<PersonRecordAnswerDto> {
    await this.organisation.execute(() => ({ type: 'PersonLeaves', id }), principal);
    return this.personalData.person(id);
  }

  @Delete(':id/personal-data')
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'erasePersonalData', summary: documented('api.docs.people.erase.summary') })
  @ApiIdParams('id')
  @ApiOkResponse({ type: PersonRecordAnswerDto, links: PERSON_LINKS })
  @ApiErrors(404)
  erase(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Actor): Promise<PersonRecordAnswerDto> {
    return this.personalData.erase(id, principal);
  }

  @Get(':id/export')
  @AnyRole()
  @ApiOperation({ operationId: 'exportPersonalData', summary: documented('api.docs.people.insight.summary') })
  @ApiIdParams('id')
  @ApiOkResponse({ type: PersonalDataExportDto })
  @ApiErrors(404)
  export(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Actor): Promise<PersonalDataExportDto> {
    if (principal.id !== id && !principal.roles.includes('chefgruppen')) {
      throw refusal(message('api.people.insight.person-or-chefgruppen'), (line) => new ForbiddenException(line));
    }
    return this.personalData.export(id);
  }
}
