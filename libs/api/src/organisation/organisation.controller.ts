import { MAX_IMPORT_BYTES } from '@ledelsesrum/organisation-csv';
import type { Actor } from '../auth/actor';
import { BadRequestException, Body, Controller, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { BodyLimit } from '../common/body-limit.decorator';
import { fieldMessage } from '../common/field-message';
import { AtQueryDto } from './dto/organisation-changes.dto';
import { PutOrganisationDto } from './dto/put-organisation.dto';
import type { PlainOrganisation } from './plain-organisation';
import { OrganisationService } from './organisation.service';
import { OrganisationImportService } from './organisation-import.service';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('organisation')
export class OrganisationController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly importer: OrganisationImportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Roles('chefgruppen')
  @BodyLimit(MAX_IMPORT_BYTES)
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'Én person pr. linje; se docs/organisation.md / One person per line; see docs/organisation.md',
    type: String,
  })
  @ApiOperation({ summary: 'Indlæs organisationen fra CSV / Import the organisation from CSV (chefgruppen)' })
  async importCsv(
    @Req() request: { body: unknown },
    @CurrentPrincipal() principal: Actor,
  ): Promise<{ changes: number; organisation: PlainOrganisation }> {
    const events = await this.importer.importCsv(request.body, principal);
    return { changes: events.length, organisation: await this.organisation.read() };
  }

  @Put()
  @Roles('chefgruppen')
  // A whole organisation of a large municipality (2,500 people) is a few hundred kilobytes of JSON.
  @BodyLimit(5 * 1024 * 1024)
  @ApiOperation({ summary: 'Erstat organisationen; kun ændringerne gemmes / Replace the organisation (chefgruppen)' })
  async replace(@Body() body: PutOrganisationDto, @CurrentPrincipal() principal: Actor): Promise<PlainOrganisation> {
    await this.organisation.replace(body, principal);
    return this.organisation.read();
  }

  @Get()
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({
    summary: 'Organisationen, nu eller dengang (?at=) / The organisation, now or then (chefgruppen, auditor)',
  })
  read(@Query() query: AtQueryDto): Promise<PlainOrganisation> {
    const at = query.at === undefined ? undefined : new Date(query.at);
    if (at && Number.isNaN(at.getTime())) {
      throw new BadRequestException(fieldMessage('at', 'api.field.moment'));
    }
    return this.organisation.read(at);
  }
}
