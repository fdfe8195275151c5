import { ConfirmPageController } from './confirm/confirm-page.controller';
import { SiteController } from './site/site.controller';
import { AssetsController, SiteFilesController } from './site/assets.controller';
import { SignInController, SignOutController } from './sign-in/sign-in.controller';
import { OidcSignInController } from './sign-in/oidc-sign-in.controller';
import { FacilitatorOverviewController } from './facilitator/facilitator-overview.controller';
import { MeetingRecordController } from './facilitator/meeting-record.controller';
import { MeetingAmendmentController } from './facilitator/meeting-amendment.controller';
import { LeaderOverviewController } from './leader/leader-overview.controller';
import { LeaderCycleController } from './leader/leader-cycle.controller';
import { LeaderReflectionController } from './leader/leader-reflection.controller';
import { WorkplacePageController } from './workplace/workplace-page.controller';
import { CascadeCorrectionController } from './leader/cascade-correction.controller';
import { RevisionController } from './auditor/revision.controller';
import { ExportDownloadController } from './auditor/export-download.controller';
import { AskFirstController } from './chefgruppen/cycles/ask-first.controller';
import { CycleCommandsController } from './chefgruppen/cycles/commands.controller';
import { CyclesPagesController } from './chefgruppen/cycles/pages.controller';
import { CycleCorrectionsController } from './chefgruppen/cycles/corrections.controller';
import { OrganisationReadsController } from './chefgruppen/organisation/reads.controller';
import { OrganisationImportController } from './chefgruppen/organisation/import.controller';
import { OrganisationImportPreviewController } from './chefgruppen/organisation/import-preview.controller';
import { OrganisationPeopleController } from './chefgruppen/organisation/people.controller';
import { OrganisationPeopleDirectoryController } from './chefgruppen/organisation/people-directory.controller';
import { OrganisationFilesController } from './chefgruppen/organisation/organisation-files.controller';
import { PersonalDataDownloadController } from './chefgruppen/organisation/personal-data-download.controller';
import { PersonErasureController } from './chefgruppen/organisation/erasure.controller';
import { MyDataController } from './my-data/my-data.controller';
import { OrganisationGroupsController } from './chefgruppen/organisation/groups.controller';
import { OrganisationCompositionController } from './chefgruppen/organisation/composition.controller';
import { PrintDownloadsController } from './print/print.controller';
import { SummaryPrintController } from './print/summary-print.controller';
import { StaffPagesController } from './staff/staff.controller';
import { StaffFeedController } from './staff/staff-feed.controller';
import { PublicationController } from './chefgruppen/publication/publication.controller';

/** Every controller of the web interface, with the confirmation page the cascade e-mail links to. */
export const WEB_CONTROLLERS = [
  ConfirmPageController,
  SiteController,
  AssetsController,
  SiteFilesController,
  SignInController,
  SignOutController,
  OidcSignInController,
  RevisionController,
  ExportDownloadController,
  CyclesPagesController,
  CycleCommandsController,
  AskFirstController,
  CycleCorrectionsController,
  FacilitatorOverviewController,
  MeetingRecordController,
  MeetingAmendmentController,
  LeaderOverviewController,
  LeaderCycleController,
  LeaderReflectionController,
  CascadeCorrectionController,
  OrganisationReadsController,
  OrganisationImportController,
  OrganisationImportPreviewController,
  OrganisationPeopleDirectoryController,
  OrganisationFilesController,
  PersonalDataDownloadController,
  PersonErasureController,
  MyDataController,
  OrganisationPeopleController,
  OrganisationGroupsController,
  OrganisationCompositionController,
  PrintDownloadsController,
  SummaryPrintController,
  StaffPagesController,
  StaffFeedController,
  PublicationController,
  WorkplacePageController,
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
  'favicon.ico',
  'robots.txt',
  'tilgaengelighed',
  'chefgruppen',
  'facilitator',
  'leder',
  'revision',
  'mine-data',
  'medarbejder',
  'feed',
  'arbejdsplads',
];

export const WEB_PATHS: string[] = ['/', ...SEGMENTS.flatMap((segment) => [segment, `${segment}/{*rest}`])];
