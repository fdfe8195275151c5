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
import { documented } from '../common/documented';

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
    description: documented('api.docs.organisation.import.body'),
    type: String,
  })
  @ApiOperation({ summary: documented('api.docs.organisation.import.summary') })
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
  @ApiOperation({ summary: documented('api.docs.organisation.replace.summary') })
  async replace(@Body() body: PutOrganisationDto, @CurrentPrincipal() principal: Actor): Promise<PlainOrganisation> {
    await this.organisation.replace(body, principal);
    return this.organisation.read();
  }

  @Get()
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({
    summary: documented('api.docs.organisation.read.summary'),
  })
  read(@Query() query: AtQueryDto): Promise<PlainOrganisation> {
    const at = query.at === undefined ? undefined : new Date(query.at);
    if (at && Number.isNaN(at.getTime())) {
      throw new BadRequestException(fieldMessage('at', 'api.field.moment'));
    }
    return this.organisation.read(at);
  }
}
