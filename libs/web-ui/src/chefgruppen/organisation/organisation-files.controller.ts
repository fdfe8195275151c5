import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { copenhagenDay } from '@ledelsesrum/domain';
import { Roles, SessionRoutes } from '@ledelsesrum/api/auth';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { organisationCsvTemplate, writeOrganisationCsv } from '@ledelsesrum/organisation-csv';
import { sendDownload } from '../../common/download';
import type { PageResponse } from '../../common/page-headers';
import { WebExceptionFilter } from '../../common/web-exception.filter';
import { ORGANISATION_PATH } from './paths';

const CSV = 'text/csv; charset=utf-8';

/**
 * The organisation as a CSV file for Danish Excel, and an empty one to fill in: the columns the import reads, so the
 * export imports again as it is. Downloads, not pages: not under @WebPages, whose interceptor makes every answer an
 * HTML page, but with its session check and error pages. Callers: chefgruppen only (the file holds names and e-mails).
 */
@Controller(ORGANISATION_PATH.slice(1))
@ApiExcludeController()
@SessionRoutes()
@UseFilters(WebExceptionFilter)
export class OrganisationFilesController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get('eksport')
  @Roles('chefgruppen')
  async export(@Res() response: ServerResponse & PageResponse): Promise<void> {
    const { areas, people, groups } = await this.organisation.read();
    const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name, 'da'));
    const filename = `organisation-${copenhagenDay(new Date())}.csv`;
    sendDownload(response, {
      contentType: CSV,
      filename,
      body: writeOrganisationCsv({ areas, people: sorted, groups }),
    });
  }

  @Get('skabelon')
  @Roles('chefgruppen')
  template(@Res() response: ServerResponse & PageResponse): void {
    sendDownload(response, {
      contentType: CSV,
      filename: 'organisation-skabelon.csv',
      body: organisationCsvTemplate(),
    });
  }
}
