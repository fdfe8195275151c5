import { Module } from '@nestjs/common';
import { PublicationService } from './publication.service';

/** Publication to the organisation: the staff feed's token. */
@Module({
  providers: [PublicationService],
  exports: [PublicationService],
})
export class PublicationModule {}
