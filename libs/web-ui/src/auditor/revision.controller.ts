import { Get, Inject, Logger, NotFoundException, Param, Query } from '@nestjs/common';
import { publicationTimeline, verifyStore } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import { message, refusal } from '@ledelsesrum/messages';
import { replayCycle, type CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { APP_CONFIG, CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { EMPTY_FORM } from '../common/form-fields';
import type { Html } from '../common/html';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { PageResult } from '../common/web-page.interceptor';
import { auditNames } from './audit-names';
import { cycleTimelinePage } from './cycle-timeline.page';
import { actorOf, describeEntry } from './describe-entry';
import { say } from '../common/text';
import { integrityCheckPage } from './integrity-check.page';
import { beforeLaunch, readPoint } from './read-point';
import { readReachCount } from './reach-count';
import type { AppConfig } from '@ledelsesrum/config';
import { revisionOverviewPage } from './revision-overview.page';

/**
 * The auditor's pages: the overview with the integrity check and the export, and each cycle's timeline with its
 * state at any point. Who may call each route follows the JSON API it reads through: the check and the export are
 * the auditor's (GET /api/audit/verify, /export); a cycle's history is chefgruppen's too (GET /api/cycles/:id/events,
 * /state). The downloads themselves are served by ExportDownloadController.
 */
@WebPages('revision')
export class RevisionController {
  private readonly logger = new Logger('web-revision');

  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly organisation: OrganisationService,
    private readonly cycles: CyclesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every cycle, the publication's events, the integrity check and the export. Callers: auditors. */
  @Get()
  @Roles('auditor')
  async overview(@Page() context: PageContext): Promise<Html> {
    return revisionOverviewPage(context, this.readModel.list(), EMPTY_FORM, await publicationTimeline(this.store));
  }

  /**
   * Runs the hash chain check and shows its result. A GET: the check changes nothing, and reloading the page checks
   * again. Callers: auditors.
   */
  @Get('kontrol')
  @Roles('auditor')
  async check(@Page() context: PageContext): Promise<Html> {
    const result = await verifyStore(this.store);
    const cycleIds = this.readModel.list().map((cycle) => cycle.id);
    return integrityCheckPage(context, result, new Date().toISOString(), cycleIds);
  }

  /**
   * A cycle's every event, and its state at `?revision=N` or `?tidspunkt=` (a Copenhagen time), by default the latest;
   * a point that is not valid is shown as a form error (400). Callers: auditors and chefgruppen.
   */
  @Get('cykler/:id')
  @Roles('auditor', 'chefgruppen')
  async timeline(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<Html | PageResult> {
    // The reasons and notes people gave, opened as GET /api/cycles/:id/events opens them for the same readers.
    const history = await this.cycles.openedHistory(id);
    if (history.length === 0) {
      throw refusal(message('api.cycles.cycle.unknown', { cycleId: id }), (line) => new NotFoundException(line));
    }
    const { language } = context;
    const shownTexts = history.flatMap((entry) => [
      say(language, describeEntry(entry)),
      actorOf(language, entry.actor).who,
    ]);
    const names = await auditNames(this.organisation, language, shownTexts);
    const reach = await readReachCount(this.store, id, this.config.reach.minAnswers);
    const latest = history.at(-1)!.revision;
    let choice = await readPoint(query, latest);
    if ('point' in choice) {
      const view = await replayCycle(this.store, id, choice.point ?? { revision: latest }).catch((error: unknown) => {
        // Events whose data lost its shape (altered in the store) cannot be folded: show the history, say so.
        this.logger.warn(
          `Møderunde ${id} kan ikke genskabes / Meeting round ${id} cannot be replayed: ${String(error)}`,
        );
        return null;
      });
      if (view === null)
        return cycleTimelinePage(context, {
          cycleId: id,
          history,
          names,
          reach,
          form: choice.form,
          unreplayable: true,
        });
      const at = view && history.find((entry) => entry.revision === view.revision);
      if (view && at) {
        const shown = { view, recordedAt: at.recordedAt, chosen: choice.point !== undefined };
        return cycleTimelinePage(context, { cycleId: id, history, names, reach, form: choice.form, shown });
      }
      // Only a moment can come before the launch: a revision was checked against the cycle's own.
      choice = beforeLaunch(choice.form, history[0]!.recordedAt);
    }
    return new PageResult(400, cycleTimelinePage(context, { cycleId: id, history, names, reach, form: choice.form }));
  }
}
