export { AdoptGroupsDto, ComposeGroupsDto } from './dto/compose-groups.dto';
export { CsvInvalidException } from './csv-invalid.exception';
export { ChangePersonDto, FacilitatorRefDto, ReasonDto } from './dto/organisation-changes.dto';
export { OrganisationImportService } from './organisation-import.service';
export { OrganisationModule } from './organisation.module';
export { OrganisationService } from './organisation.service';
export {
  personCorrections,
  type PersonCorrection,
  type PlainOrganisation,
  type PlainPerson,
} from './plain-organisation';
