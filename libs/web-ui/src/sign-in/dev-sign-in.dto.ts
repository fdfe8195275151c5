import { IsIn, IsOptional, Matches } from 'class-validator';
import { ROLES, type Role } from '@ledelsesrum/auth';
import { ID_MESSAGE, ID_PATTERN } from '@ledelsesrum/api/common';

/** The development sign-in form: a role, and the person (none for chefgruppen or an auditor outside the organisation). */
export class DevSignInDto {
  @IsIn(ROLES, { message: '$property: vælg en rolle / choose a role' })
  role!: Role;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId?: string;

  @IsOptional()
  tilbage?: string;
}
