import { IsIn, IsOptional, Matches } from 'class-validator';
import { ROLES, type Role } from '@ledelsesrum/auth';
import { ID_MESSAGE, ID_PATTERN } from '@ledelsesrum/api/common';
import { bothLanguages, message } from '@ledelsesrum/messages';

/** The development sign-in form: a role, and the person (none for chefgruppen or an auditor outside the organisation). */
export class DevSignInDto {
  @IsIn(ROLES, { message: `$property: ${bothLanguages(message('web.sign-in.dev.role.invalid'))}` })
  role!: Role;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId?: string;

  @IsOptional()
  tilbage?: string;
}
