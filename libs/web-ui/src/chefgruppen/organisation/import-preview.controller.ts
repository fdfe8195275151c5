import { Body, ConflictException, Get, GoneException, Param, Post } from '@nestjs/common';
import { Roles } from '@ledelsesrum/api/auth';
import { OrganisationImportService } from '@ledelsesrum/api/organisation';
import { WrongExpectedRevisionError } from '@ledelsesrum/event-store';
import { message, refusal } from '@ledelsesrum/messages';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { FormPage } from '../../common/form-page';
import { refusedFile } from './import.controller';
import { APPLY, importPreviewPage, PREVIEW_CHOICE_FIELD, PREVIEW_VERSION_FIELD } from './import-preview.page';
import { ImportPreviews } from './import-previews';
import { importedPath } from './notices';
import { organisationPaths } from './paths';
import { RefusedImports } from './refused-imports';

/**
 * A loaded file's changes before they are applied, and the decision: apply them onto the organisation as it was
 * shown (a change recorded by anyone since is a conflict: back to the preview, which now shows what the file changes
 * in the organisation as it is), or cancel. The file itself stays in this process (ImportPreviews); the page and the
 * form carry only its reference and the organisation's revision. Callers: chefgruppen only, both routes, and only the
 * person who loaded the file.
 */
@WebPages('chefgruppen/organisation/import')
export class OrganisationImportPreviewController {
  constructor(
    private readonly importer: OrganisationImportService,
    private readonly previews: ImportPreviews,
    private readonly refused: RefusedImports,
  ) {}

  @Get(':reference')
  @Roles('chefgruppen')
  async show(@Page() context: PageContext, @Param('reference') reference: string) {
    const held = this.held(context, reference);
    try {
      return await this.page(context, reference, held.bytes);
    } catch (error) {
      return refusedFile(context, this.refused, held.bytes, error);
    }
  }

  @Post(':reference')
  @Roles('chefgruppen')
  @FormPage()
  async decide(@Page() context: PageContext, @Param('reference') reference: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const held = this.held(context, reference);
    if (fields[PREVIEW_CHOICE_FIELD] !== APPLY) {
      this.previews.forget(reference);
      return new Redirect(organisationPaths.overview);
    }
    const version = fields[PREVIEW_VERSION_FIELD];
    const expectedRevision = typeof version === 'string' && /^-?\d{1,9}$/.test(version) ? Number(version) : NaN;
    try {
      const events = await this.importer.importCsv(held.bytes, context.actor!, { expectedRevision });
      this.previews.forget(reference);
      return new Redirect(importedPath(events));
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) return refusedFile(context, this.refused, held.bytes, error);
      // Someone else changed the organisation after this preview: back to it, now showing what the file changes.
      const changed = message('web.chefgruppen.organisation.preview.changed-since');
      throw refusal(changed, (line) => new ConflictException(line));
    }
  }

  private held(context: PageContext, reference: string) {
    const held = this.previews.find(reference, context.actor!.id);
    if (!held) {
      throw refusal(message('web.chefgruppen.organisation.preview.gone'), (line) => new GoneException(line));
    }
    return held;
  }

  private async page(context: PageContext, reference: string, bytes: Buffer) {
    return importPreviewPage(context, reference, await this.importer.previewCsv(bytes, context.actor!));
  }
}
