import { Get, Post, Query, Req } from '@nestjs/common';
import { decodeCsv, MAX_IMPORT_BYTES } from '@ledelsesrum/organisation-csv';
import { Roles } from '@ledelsesrum/api/auth';
import { CsvInvalidException, OrganisationImportService } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { EMPTY_FORM } from '../../common/form-fields';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf, type FieldErrors } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { PageResult } from '../../common/web-page.interceptor';
import { FormPage, ShowFormAgain } from '../../common/form-page';
import { asConflict } from './change-errors';
import { organisationImportPage, type ImportRefusal } from './import.page';
import { ImportPreviews } from './import-previews';
import { importedPath } from './notices';
import { organisationPaths } from './paths';
import { RefusedImports } from './refused-imports';
import { IMPORT_FILE_FIELD, type UploadRequest } from './upload';

/**
 * Importing the organisation from a spreadsheet's CSV, with the API's own import (`POST /api/organisation/import`):
 * the same reading, the same rules, the same problems by line. A file that would change something is first shown as
 * a preview (import-preview.controller.ts); one that changes nothing says so at once. A refused file goes back to the
 * form with its problems (Post/Redirect/Get; RefusedImports keeps them in between). Callers: chefgruppen only, both
 * routes.
 */
@WebPages('chefgruppen/organisation/import')
export class OrganisationImportController {
  /** The form's multipart body is read before WebSessionGuard by importUploadParser (configure-app.ts). */
  constructor(
    private readonly importer: OrganisationImportService,
    private readonly previews: ImportPreviews,
    private readonly refused: RefusedImports,
  ) {}

  /** The form: a file, or the file's text pasted; `?afvist=` a refused file's problems, in the session that sent it. */
  @Get()
  @Roles('chefgruppen')
  show(@Page() context: PageContext, @Query('afvist') reference?: unknown) {
    const session = context.session?.csrf;
    const report = typeof reference === 'string' && session ? this.refused.find(reference, session) : undefined;
    if (report) return organisationImportPage(context, refusedFileForm(report.text), { problems: report.problems });
    return organisationImportPage(context, context.shown?.form ?? EMPTY_FORM);
  }

  /** Reads the file (or else the text) and shows what it would change; a refused file comes back with its problems. */
  @Post()
  @Roles('chefgruppen')
  @FormPage()
  async import(@Page() context: PageContext, @Req() request: UploadRequest) {
    const fields = fieldsOf(request.body);
    const pasted = typeof fields['csv'] === 'string' ? fields['csv'] : '';
    const file = request.uploadedFile;
    // The bytes as they are, so the import tells UTF-8 from Windows-1252 as it does for the API.
    const bytes = file ? file.bytes : Buffer.from(pasted, 'utf8');
    const refused = formErrors(file !== undefined, bytes);
    if (refused) {
      // Pasted text stays in its field; a file is not sent back (a file field cannot be filled in again).
      const values: Record<string, string> = file ? {} : { csv: pasted };
      const state = { values, errors: refused };
      return new ShowFormAgain(state, () => organisationImportPage(context, state));
    }
    try {
      const { changes } = await this.importer.previewCsv(bytes, context.actor!);
      if (changes === 0) return new Redirect(importedPath([]));
      return new Redirect(organisationPaths.importPreview(this.previews.hold({ personId: context.actor!.id, bytes })));
    } catch (error) {
      return refusedFile(context, this.refused, bytes, error);
    }
  }
}

/**
 * A file the import refuses: the form again, with every problem by line and the file's text to fix them in. The
 * report stays here for the form's page to show it (it is too large for the form's cookie); only when it cannot be
 * kept for the session is the page the answer itself.
 */
export function refusedFile(
  context: PageContext,
  refused: RefusedImports,
  bytes: Buffer,
  error: unknown,
): Redirect | PageResult {
  const refusal = refusalOf(error);
  if (!refusal) throw asConflict(error);
  const text = decodeCsv(bytes);
  const session = context.session?.csrf;
  if (session) return new Redirect(organisationPaths.importRefused(refused.hold({ session, text, ...refusal })));
  return new PageResult(400, organisationImportPage(context, refusedFileForm(text), refusal));
}

/** The form of a refused file: its text to fix the lines in, and the error that says so. */
function refusedFileForm(text: string) {
  return { values: { csv: text }, errors: { csv: message('web.chefgruppen.organisation.import.fix-the-lines') } };
}

/** Nothing to import, or more than the API takes: said at the field it came from. */
function formErrors(fromFile: boolean, bytes: Buffer): FieldErrors | undefined {
  const field = fromFile ? IMPORT_FILE_FIELD : 'csv';
  if (!fromFile && bytes.toString('utf8').trim() === '') {
    return {
      [IMPORT_FILE_FIELD]: message('web.chefgruppen.organisation.import.no-file'),
    };
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      [field]: message('web.chefgruppen.organisation.import.too-large', {
        fromFile,
        megabytes: MAX_IMPORT_BYTES / 1024 / 1024,
      }),
    };
  }
  return undefined;
}

/** The import's refusal (HTTP 422 CSV_INVALID in the API), or undefined for any other failure. */
function refusalOf(error: unknown): ImportRefusal | undefined {
  return error instanceof CsvInvalidException ? { problems: error.problems } : undefined;
}
