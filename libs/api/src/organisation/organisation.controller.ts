import { MAX_IMPORT_BYTES } from '@ledelsesrum/organisation-csv';
import { bothLanguages, message } from '@ledelsesrum/messages';
import type { Actor } from '../auth/actor';
import { applyDecorators, Body, Controller, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { BodyLimit } from '../common/body-limit.decorator';
import { AtQueryDto, ImportQueryDto } from './dto/organisation-changes.dto';
import { ImportPreviewAnswerDto } from './dto/import-preview.answer';
import { importPreviewAnswer } from './import-preview-answer';
import { ImportReportDto, OrganisationAnswerDto } from './dto/organisation.answer';
import { PutOrganisationDto } from './dto/put-organisation.dto';
import { OrganisationService } from './organisation.service';
import { OrganisationImportService } from './organisation-import.service';
import { documented } from '../common/documented';

/** A whole organisation of a large municipality (2,500 people) is a few hundred kilobytes of JSON. */
const MAX_ORGANISATION_BYTES = 5 * 1024 * 1024;

/** A spreadsheet's CSV as the body, as the import and its dry run take it: the bytes as sent, at most 5 MB. */
const CsvBody = () =>
  applyDecorators(
    BodyLimit(MAX_IMPORT_BYTES),
    ApiConsumes('text/csv'),
    ApiBody({
      description: bothLanguages(
        message('api.docs.organisation.import.limits', { megabytes: MAX_IMPORT_BYTES / (1024 * 1024) }),
      ),
      schema: { type: 'string', minLength: 1 },
    }),
  );

/**
 * The organisation as a whole: a document (JSON or a spreadsheet's CSV) that replaces it, checked against every rule
 * at once (400 ORGANISATION_INVALID or CSV_INVALID with every problem), and the organisation as it is or was.
 */
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
  @CsvBody()
  @ApiOperation({ operationId: 'importOrganisation', summary: documented('api.docs.organisation.import.summary') })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiErrors(409, 422)
  async importCsv(
    @Req() request: { body: unknown },
    @Query() query: ImportQueryDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<ImportReportDto> {
    const events = await this.importer.importCsv(request.body, principal, { expectedRevision: query.version });
    return { changes: events.length, organisation: await this.organisation.read() };
  }

  /** The import's dry run: the same reading and rules, the changes by person, and the version to import onto. */
  @Post('import/preview')
  @HttpCode(200)
  @Roles('chefgruppen')
  @CsvBody()
  @ApiOperation({
    operationId: 'previewOrganisationImport',
    summary: documented('api.docs.organisation.import.preview.summary'),
  })
  @ApiOkResponse({ type: ImportPreviewAnswerDto })
  @ApiErrors(409, 422)
  async previewCsv(
    @Req() request: { body: unknown },
    @CurrentPrincipal() principal: Actor,
  ): Promise<ImportPreviewAnswerDto> {
    return importPreviewAnswer(await this.importer.previewCsv(request.body, principal));
  }

  @Put()
  @Roles('chefgruppen')
  @BodyLimit(MAX_ORGANISATION_BYTES)
  @ApiOperation({ operationId: 'replaceOrganisation', summary: documented('api.docs.organisation.replace.summary') })
  @ApiOkResponse({ type: OrganisationAnswerDto })
  @ApiErrors(409, 422)
  async replace(
    @Body() body: PutOrganisationDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<OrganisationAnswerDto> {
    await this.organisation.replace(body, principal);
    return this.organisation.read();
  }

  @Get()
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({ operationId: 'getOrganisation', summary: documented('api.docs.organisation.read.summary') })
  @ApiOkResponse({ type: OrganisationAnswerDto })
  read(@Query() query: AtQueryDto): Promise<OrganisationAnswerDto> {
    return this.organisation.read(query.at === undefined ? undefined : new Date(query.at));
  }
}
