export { AuditModule } from './audit.module';
export { ExportQueryDto } from './dto/export-query.dto';
export { sendExport } from './send-export';
