import { Module } from '@nestjs/common';
import { AreasController } from './areas.controller';
import { GroupCompositionController } from './group-composition.controller';
import { GroupsController } from './groups.controller';
import { OrganisationImportService } from './organisation-import.service';
import { OrganisationController } from './organisation.controller';
import { OrganisationService } from './organisation.service';

/** The organisation's areas, groups and people, its import and the composition of its groups. */
@Module({
  controllers: [OrganisationController, AreasController, GroupsController, GroupCompositionController],
  providers: [OrganisationService, OrganisationImportService],
  exports: [OrganisationService, OrganisationImportService],
})
export class OrganisationModule {}
