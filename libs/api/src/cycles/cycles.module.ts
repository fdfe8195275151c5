import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { CycleCorrectionsController } from './cycle-corrections.controller';
import { CycleReadsController } from './cycle-reads.controller';
import { CycleSteeringController } from './cycle-steering.controller';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { ReflectionController } from './reflection.controller';

/** The meeting cycles: launching and steering them, and what each reader may see of them. */
@Module({
  imports: [OrganisationModule],
  controllers: [
    CyclesController,
    CycleSteeringController,
    CycleReadsController,
    CycleCorrectionsController,
    ReflectionController,
  ],
  providers: [CyclesService],
  exports: [CyclesService],
})
export class CyclesModule {}
