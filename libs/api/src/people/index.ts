export { PeopleModule } from './people.module';
export { PersonalDataService, type PersonalDataExport } from './personal-data.service';
