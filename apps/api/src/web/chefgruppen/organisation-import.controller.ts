import { BadRequestException, Get, Post, Req } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { decodeCsv, type CsvProblem } from '@ledelsesrum/organisation-csv';
import { Roles } from '../../auth/roles.decorator';
import { OrganisationImportService } from '../../organisation/organisation-import.service';
import { EMPTY_FORM } from '../common/form-fields';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { WebPages } from '../common/web-page.decorator';
import { PageResult } from '../common/web-page.interceptor';
import { asConflict } from './organisation-change-errors';
import { organisationImportPage, type ImportRefusal } from './organisation-import.page';
import { importedPath } from './organisation-notices';
import { IMPORT_FILE_FIELD, importUploadParser, type UploadRequest } from './organisation-upload';

/**
 * Importing the organisation from a spreadsheet's CSV, with the API's own import (`POST /api/organisation/import`):
 * the same reading, the same rules, the same problems by line. The API has no dry run, so the import is applied at
 * once and the overview then says what it changed. Callers: chefgruppen only, both routes.
 */
@WebPages('chefgruppen/organisation/import')
export class OrganisationImportController {
  constructor(
    private readonly importer: OrganisationImportService,
    adapterHost: HttpAdapterHost,
  ) {
    // The form's multipart body must be read before the AuthGuard checks its CSRF token: see importUploadParser.
    // Nest registers middleware outside a module's configure() nowhere else, and this controller owns the route.
    adapterHost.httpAdapter?.use(importUploadParser);
  }

  /** The form: a file, or the file's text pasted. */
  @Get()
  @Roles('chefgruppen')
  show(@Page() context: PageContext) {
    return organisationImportPage(context, EMPTY_FORM);
  }

  /** Imports the file (or else the text); a refused file comes back with its problems and its text to fix. */
  @Post()
  @Roles('chefgruppen')
  async import(@Page() context: PageContext, @Req() request: UploadRequest) {
    const fields = fieldsOf(request.body);
    const pasted = typeof fields['csv'] === 'string' ? fields['csv'] : '';
    const file = request.uploadedFile;
    if (!file && pasted.trim() === '') {
      const errors = {
        [IMPORT_FILE_FIELD]: {
          da: 'Vælg en CSV-fil, eller indsæt filens tekst i feltet herunder',
          en: 'Choose a CSV file, or paste the file’s text in the field below',
        },
      };
      return new PageResult(400, organisationImportPage(context, { values: {}, errors }));
    }
    // The bytes as they are, so the import tells UTF-8 from Windows-1252 as it does for the API.
    const bytes = file ? file.bytes : Buffer.from(pasted, 'utf8');
    try {
      return new Redirect(importedPath(await this.importer.importCsv(bytes, context.session!.id)));
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw asConflict(error);
      const state = {
        values: { csv: file ? decodeCsv(file.bytes) : pasted },
        errors: { csv: { da: 'Ret linjerne med fejl', en: 'Fix the lines with problems' } },
      };
      return new PageResult(400, organisationImportPage(context, state, refusal));
    }
  }
}

/** The import's refusal (HTTP 400 CSV_INVALID in the API), or undefined for any other failure. */
function refusalOf(error: unknown): ImportRefusal | undefined {
  if (!(error instanceof BadRequestException)) return undefined;
  const body = error.getResponse() as { code?: unknown; message?: unknown; details?: { problems?: CsvProblem[] } };
  if (body.code !== 'CSV_INVALID' || typeof body.message !== 'string') return undefined;
  return { message: body.message, problems: body.details?.problems ?? [] };
}
