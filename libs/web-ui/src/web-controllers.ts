import { ConfirmPageController } from './confirm/confirm-page.controller';
import { AssetsController, SiteController } from './site/site.controller';
import { SignInController, SignOutController } from './sign-in/sign-in.controller';
import { OidcSignInController } from './sign-in/oidc-sign-in.controller';
import { FacilitatorOverviewController } from './facilitator/facilitator-overview.controller';
import { MeetingRecordController } from './facilitator/meeting-record.controller';
import { LeaderOverviewController } from './leader/leader-overview.controller';
import { LeaderCycleController } from './leader/leader-cycle.controller';
import { CascadeCorrectionController } from './leader/cascade-correction.controller';
import { RevisionController } from './auditor/revision.controller';
import { ExportDownloadController } from './auditor/export-download.controller';
import { CycleCommandsController } from './chefgruppen/cycles/commands.controller';
import { CyclesPagesController } from './chefgruppen/cycles/pages.controller';
import { OrganisationReadsController } from './chefgruppen/organisation/reads.controller';
import { OrganisationImportController } from './chefgruppen/organisation/import.controller';
import { OrganisationPeopleController } from './chefgruppen/organisation/people.controller';
import { OrganisationGroupsController } from './chefgruppen/organisation/groups.controller';
import { OrganisationCompositionController } from './chefgruppen/organisation/composition.controller';

/** Every controller of the web interface, with the confirmation page the cascade e-mail links to. */
export const WEB_CONTROLLERS = [
  ConfirmPageController,
  SiteController,
  AssetsController,
  SignInController,
  SignOutController,
  OidcSignInController,
  RevisionController,
  ExportDownloadController,
  CyclesPagesController,
  CycleCommandsController,
  FacilitatorOverviewController,
  MeetingRecordController,
  LeaderOverviewController,
  LeaderCycleController,
  CascadeCorrectionController,
  OrganisationReadsController,
  OrganisationImportController,
  OrganisationPeopleController,
  OrganisationGroupsController,
  OrganisationCompositionController,
];

/**
 * The web interface's paths, kept out of the /api prefix: each top-level segment with everything below it. A page
 * added under a new segment must be added here, or it would be served under /api.
 */
const SEGMENTS = [
  'log-ind',
  'log-ud',
  'sprog',
  'assets',
  'tilgaengelighed',
  'chefgruppen',
  'facilitator',
  'leder',
  'revision',
];

export const WEB_PATHS: string[] = ['/', ...SEGMENTS.flatMap((segment) => [segment, `${segment}/{*rest}`])];
