import { Inject, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import {
  DomainErrorCode,
  isActive,
  isDomainError,
  own,
  previewOrganisationChange,
  type OrganisationChangePreview,
  type OrganisationEvent,
  type OrganisationProblem,
  type OrganisationState,
} from '@ledelsesrum/domain';
import {
  DEFAULT_CSV_LIMITS,
  decodeCsv,
  locateProblem,
  readOrganisationCsv,
  type CsvLimits,
  type LineIndex,
} from '@ledelsesrum/organisation-csv';
import { message, refusal } from '@ledelsesrum/messages';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CsvInvalidException } from './csv-invalid.exception';
import { OrganisationService, type KeptFields } from './organisation.service';
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

  /** Records the file's differences; with `expectedRevision`, only onto the organisation the preview was made of. */
  async importCsv(
    body: unknown,
    actor: Actor,
    { expectedRevision }: { expectedRevision?: number } = {},
  ): Promise<readonly OrganisationEvent[]> {
    const { document, kept, lineOf } = this.read(body);
    return located(lineOf, () => this.organisation.replace(document, actor, { ...kept, expectedRevision }));
  }

  /** What importing the file would change now, by person, and the organisation's revision it was read against. */
  async previewCsv(body: unknown, actor: Actor): Promise<ImportPreview> {
    const { document, kept, lineOf } = this.read(body);
    const { state, revision, events } = await located(lineOf, () =>
      this.organisation.previewReplace(document, actor, kept),
    );
    const incoming = new Map(document.people.map((person) => [person.id, person.name]));
    const names = new Map<string, string>();
    for (const id of new Set(events.flatMap((event) => personIdsOf(event)))) {
      const stored = own(state.people, id);
      names.set(id, incoming.get(id) ?? (stored ? (await this.organisation.unseal(stored)).name : id));
    }
    const preview = previewOrganisationChange(state, events);
    for (const { managerId, reportIds } of preview.managersWithReports) {
      for (const id of [managerId, ...reportIds]) if (!names.has(id)) names.set(id, incoming.get(id) ?? id);
    }
    const activePeople = Object.values(state.people).filter((person) => isActive(person)).length;
    return { revision, changes: events.length, preview, names, groupNames: groupNames(state, document), activePeople };
  }

  private read(body: unknown) {
    if (!Buffer.isBuffer(body)) {
      throw refusal(message('api.organisation.import.csv-only'), (line) => new UnsupportedMediaTypeException(line));
    }
    const { organisation, problems, lineOf, hasGroupColumns, hasLanguageColumn, hasWorkplaceColumns } =
      readOrganisationCsv(decodeCsv(body), this.limits);
    if (problems.length > 0) throw new CsvInvalidException(problems);
    // A file without group columns (e.g. straight from HR) says nothing about the groups: they stay. The same
    // for a file without a language column and the people's languages, and without the workplace columns.
    const { areas, people, groups } = organisation;
    const document = { areas, people, ...(hasGroupColumns ? { groups } : {}) };
    const kept: KeptFields = { keepLanguages: !hasLanguageColumn, keepWorkplaces: !hasWorkplaceColumns };
    return { document, kept, lineOf };
  }
}

/** An import's broken rules, each at the line and column of the file it came from. */
async function located<T>(lineOf: LineIndex, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isDomainError(error) && error.code === DomainErrorCode.OrganisationInvalid) {
      const found = (error.params['problems'] ?? []) as OrganisationProblem[];
      throw new CsvInvalidException(found.map((problem) => locateProblem(problem, lineOf)));
    }
    throw error;
  }
}

/** What an import would change, with the names of the people and groups it names (the file's, else the stored). */
export interface ImportPreview {
  readonly revision: number;
  /** How many events the import would record: none means the file changes nothing. */
  readonly changes: number;
  readonly preview: OrganisationChangePreview;
  readonly names: ReadonlyMap<string, string>;
  readonly groupNames: ReadonlyMap<string, string>;
  /** The organisation's active people before the import. */
  readonly activePeople: number;
}

function personIdsOf(event: OrganisationEvent): string[] {
  return event.type.startsWith('Person') ? [(event.data as { id: string }).id] : [];
}

function groupNames(state: OrganisationState, document: { groups?: readonly { id: string; name: string }[] }) {
  const names = new Map(Object.values(state.groups).map((group) => [group.id, group.name]));
  for (const group of document.groups ?? []) names.set(group.id, group.name);
  return names;
}
