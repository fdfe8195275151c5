import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ConfirmLinkController } from './confirm-link.controller';
import { ConfirmLinkService } from './confirm-link.service';
import { confirmLinksProvider } from './confirm-links.provider';

/** The signed links in the cascade e-mail, with which a leader confirms without signing in. */
@Module({
  imports: [CyclesModule, OrganisationModule],
  controllers: [ConfirmLinkController],
  providers: [ConfirmLinkService, confirmLinksProvider],
  exports: [ConfirmLinkService],
})
export class ConfirmLinkModule {}
