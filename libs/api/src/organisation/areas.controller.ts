import type { Actor } from '../auth/actor';
import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Area } from '@ledelsesrum/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { RenameDto } from './dto/organisation-changes.dto';
import { AreaDto } from './dto/put-organisation.dto';
import { OrganisationService } from './organisation.service';
import { documented } from '../common/documented';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('areas')
export class AreasController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.areas.add.summary') })
  async add(@Body() body: AreaDto, @CurrentPrincipal() principal: Actor): Promise<Area> {
    await this.organisation.execute(() => ({ type: 'AddArea', area: { id: body.id, name: body.name } }), principal);
    return { id: body.id, name: body.name };
  }

  @Patch(':id')
  @Roles('chefgruppen')
  @ApiOperation({ summary: documented('api.docs.organisation.areas.rename.summary') })
  async rename(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RenameDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<Area> {
    await this.organisation.execute(() => ({ type: 'RenameArea', area: { id, name: body.name } }), principal);
    return { id, name: body.name };
  }
}
