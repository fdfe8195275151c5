import { message } from '@ledelsesrum/messages';
import type { Text } from '../../common/text';

/** Where chefgruppen's organisation pages live; every link and redirect between them is built here. */
export const ORGANISATION_PATH = '/chefgruppen/organisation';

export const organisationPaths = {
  overview: ORGANISATION_PATH,
  import: `${ORGANISATION_PATH}/import`,
  /** A loaded file's changes, before they are applied (see import-previews.ts). */
  importPreview: (reference: string) => `${ORGANISATION_PATH}/import/${encodeURIComponent(reference)}`,
  /** The import form with a refused file's problems (see refused-imports.ts). */
  importRefused: (reference: string) => `${ORGANISATION_PATH}/import?afvist=${encodeURIComponent(reference)}`,
  compose: `${ORGANISATION_PATH}/sammensaet`,
  /** Searching people (`?q=`, `?omraade=`). */
  people: `${ORGANISATION_PATH}/personer`,
  addPerson: `${ORGANISATION_PATH}/ny-person`,
  /** The organisation as a CSV file, and the file to fill in (organisation-files.controller.ts). */
  csvExport: `${ORGANISATION_PATH}/eksport`,
  csvTemplate: `${ORGANISATION_PATH}/skabelon`,
  person: (personId: string) => `${ORGANISATION_PATH}/personer/${encodeURIComponent(personId)}`,
  leave: (personId: string) => `${organisationPaths.person(personId)}/fratraed`,
  /** Everything recorded about the person, as a JSON file (personal-data-download.controller.ts). */
  personalData: (personId: string) => `${organisationPaths.person(personId)}/data`,
  erase: (personId: string) => `${organisationPaths.person(personId)}/slet`,
  move: (personId: string) => `${organisationPaths.person(personId)}/flyt`,
  facilitator: (groupId: string) => `${ORGANISATION_PATH}/grupper/${encodeURIComponent(groupId)}/facilitator`,
  /** The overview after a change, saying what was done (see notices.ts). */
  done: (notice: string) => `${ORGANISATION_PATH}?besked=${encodeURIComponent(notice)}`,
};

/** The trail above every page below the overview. */
export const ORGANISATION_TRAIL: readonly { readonly href: string; readonly label: Text }[] = [
  { href: ORGANISATION_PATH, label: message('web.chefgruppen.organisation.trail') },
];
