import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { Roles, SessionRoutes } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { PersonalDataService } from '@ledelsesrum/api/people';
import { sendDownload } from '../../common/download';
import { Page, type PageContext } from '../../common/page-context';
import type { PageResponse } from '../../common/page-headers';
import { WebExceptionFilter } from '../../common/web-exception.filter';
import { MY_DATA_PATH } from '../../my-data/my-data.page';

/**
 * Everything recorded about a person, decrypted, as a JSON file: what `GET /api/people/:id/export` answers, behind a
 * session rather than a bearer token. Downloads, not pages (not under @WebPages, whose interceptor makes every answer
 * an HTML page). Callers: chefgruppen for anyone; a leader or facilitator for themself only (the address names no one).
 */
@Controller()
@ApiExcludeController()
@SessionRoutes()
@UseFilters(WebExceptionFilter)
export class PersonalDataDownloadController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('chefgruppen/organisation/personer/:personId/data')
  @Roles('chefgruppen')
  async anyone(
    @Param('personId', ParseIdPipe) personId: string,
    @Res() response: ServerResponse & PageResponse,
  ): Promise<void> {
    await this.send(response, personId);
  }

  @Get(`${MY_DATA_PATH.slice(1)}/eksport`)
  @Roles('leader', 'facilitator')
  async mine(@Page() context: PageContext, @Res() response: ServerResponse & PageResponse): Promise<void> {
    await this.send(response, context.actor!.id);
  }

  private async send(response: ServerResponse & PageResponse, personId: string): Promise<void> {
    const data = await this.personalData.export(personId);
    const body = `${JSON.stringify(data, null, 2)}\n`;
    sendDownload(response, {
      contentType: 'application/json; charset=utf-8',
      filename: `persondata-${personId}.json`,
      body,
    });
  }
}
