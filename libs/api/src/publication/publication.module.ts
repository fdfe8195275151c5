import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';

/** Publication to the organisation: the staff feed's token and the distribution lists, for the API and the web pages. */
@Module({
  imports: [OrganisationModule],
  controllers: [PublicationController],
  providers: [PublicationService],
  exports: [PublicationService],
})
export class PublicationModule {}
