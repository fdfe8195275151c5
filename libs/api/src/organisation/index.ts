export { AdoptGroupsDto, ComposeGroupsDto } from './dto/compose-groups.dto';
export { CsvInvalidException } from './csv-invalid.exception';
export { ChangePersonDto, FacilitatorRefDto, ReasonDto } from './dto/organisation-changes.dto';
export { OrganisationImportService, type ImportPreview } from './organisation-import.service';
export { PersonDto } from './dto/put-organisation.dto';
export { OrganisationModule } from './organisation.module';
export { OrganisationService } from './organisation.service';
export {
  personCorrections,
  type PersonCorrection,
  type PlainOrganisation,
  type PlainPerson,
} from './plain-organisation';
