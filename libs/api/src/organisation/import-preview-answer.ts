import type { ImportPreviewAnswerDto } from './dto/import-preview.answer';
import type { ImportPreview } from './organisation-import.service';

/** The preview as the API answers it: each person with their name, the groups by what happens to them. */
export function importPreviewAnswer({ revision, changes, preview, names }: ImportPreview): ImportPreviewAnswerDto {
  const person = (id: string) => ({ id, name: names.get(id) ?? id });
  return {
    version: revision,
    changes,
    added: preview.added.map(person),
    changed: preview.changed.map(({ personId, fields }) => ({ ...person(personId), fields })),
    leaving: preview.leaving.map(person),
    groups: { created: preview.groupsCreated, changed: preview.groupsChanged, dissolved: preview.groupsDissolved },
    managersWithReports: preview.managersWithReports,
  };
}
