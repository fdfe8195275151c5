import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@ledelsesrum/auth';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { PutOrganisationDto } from './dto/put-organisation.dto';
import type { OrganisationDocument } from './organisation-document';
import { OrganisationService } from './organisation.service';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Put()
  @Roles('chefgruppen')
  @ApiOperation({ summary: 'Erstat organisationen / Replace the organisation (chefgruppen)' })
  async replace(
    @Body() body: PutOrganisationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganisationDocument> {
    await this.organisation.replace(body, principal.id, new Date().toISOString());
    return this.organisation.read();
  }

  @Get()
  @Roles('chefgruppen', 'auditor')
  @ApiOperation({ summary: 'Hent organisationen / Get the organisation (chefgruppen, auditor)' })
  read(): Promise<OrganisationDocument> {
    return this.organisation.read();
  }
}
