import { Inject, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import { DomainErrorCode, isDomainError, type OrganisationEvent, type OrganisationProblem } from '@ledelsesrum/domain';
import {
  DEFAULT_CSV_LIMITS,
  decodeCsv,
  locateProblem,
  readOrganisationCsv,
  type CsvLimits,
} from '@ledelsesrum/organisation-csv';
import { message, refusal } from '@ledelsesrum/messages';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CsvInvalidException } from './csv-invalid.exception';
import { OrganisationService } from './organisation.service';
import type { Actor } from '../auth/actor';

/** Imports the organisation from a spreadsheet export: all of it, or (with every problem listed) none of it. */
@Injectable()
export class OrganisationImportService {
  private readonly limits: CsvLimits;

  constructor(
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = { ...DEFAULT_CSV_LIMITS, maxRows: config.limits.importMaxRows };
  }

  async importCsv(body: unknown, actor: Actor): Promise<readonly OrganisationEvent[]> {
    if (!Buffer.isBuffer(body)) {
      throw refusal(message('api.organisation.import.csv-only'), (line) => new UnsupportedMediaTypeException(line));
    }
    const { organisation, problems, lineOf, hasGroupColumns, hasLanguageColumn } = readOrganisationCsv(
      decodeCsv(body),
      this.limits,
    );
    if (problems.length > 0) throw new CsvInvalidException(problems);
    try {
      // A file without group columns (e.g. straight from HR) says nothing about the groups: they stay. The same
      // for a file without a language column and the people's languages.
      const { areas, people, groups } = organisation;
      return await this.organisation.replace({ areas, people, ...(hasGroupColumns ? { groups } : {}) }, actor, {
        keepLanguages: !hasLanguageColumn,
      });
    } catch (error) {
      if (isDomainError(error) && error.code === DomainErrorCode.OrganisationInvalid) {
        const found = (error.params['problems'] ?? []) as OrganisationProblem[];
        throw new CsvInvalidException(found.map((problem) => locateProblem(problem, lineOf)));
      }
      throw error;
    }
  }
}
