import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { reachCommandsProvider } from './reach-commands.provider';
import { ReachService } from './reach.service';
import { workplaceLinksProvider, WORKPLACE_LINKS } from './workplace-links.provider';

/** How far a round reached: the workplaces' anonymous answers, and the links to their pages. */
@Module({
  imports: [OrganisationModule],
  providers: [reachCommandsProvider, ReachService, workplaceLinksProvider],
  exports: [ReachService, WORKPLACE_LINKS],
})
export class ReachModule {}
