import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { PeopleController } from './people.controller';
import { PersonalDataService } from './personal-data.service';

/** People joining and leaving, and their personal data: its export and its erasure. */
@Module({
  imports: [OrganisationModule],
  controllers: [PeopleController],
  providers: [PersonalDataService],
  exports: [PersonalDataService],
})
export class PeopleModule {}
