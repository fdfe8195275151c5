import { IsIn, Matches } from 'class-validator';
import { ROLES, type Role } from '@ledelsesrum/auth';
import { ID_PATTERN, Omittable, worded } from '@ledelsesrum/api/common';

/** The development sign-in form: a role, and the person (none for chefgruppen or an auditor outside the organisation). */
export class DevSignInDto {
  @IsIn(ROLES, worded('web.sign-in.dev.role.invalid'))
  role!: Role;

  @Omittable()
  @Matches(ID_PATTERN, worded('api.field.id'))
  personId?: string;

  @Omittable()
  tilbage?: string;
}
