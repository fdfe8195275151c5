import { Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditVerifyController } from './audit-verify.controller';
import { ProjectionsController } from './projections.controller';

/** The auditor's routes: the export of the history, the check of its hash chain, and the read models' rebuild. */
@Module({ controllers: [AuditExportController, AuditVerifyController, ProjectionsController] })
export class AuditModule {}
