import type { Actor } from '../auth/actor';
import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { AREA_LINKS } from './answer-links';
import { RenameDto } from './dto/organisation-changes.dto';
import { AreaAnswerDto } from './dto/organisation.answer';
import { AreaDto } from './dto/put-organisation.dto';
import { OrganisationService } from './organisation.service';
import { singleChange } from './single-change';
import { documented } from '../common/documented';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('areas')
export class AreasController {
  constructor(private readonly organisation: OrganisationService) {}

  @Post()
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'addArea', summary: documented('api.docs.organisation.areas.add.summary') })
  @ApiCreatedResponse({ type: AreaAnswerDto, links: AREA_LINKS })
  @ApiErrors(409, 422)
  async add(@Body() body: AreaDto, @CurrentPrincipal() principal: Actor): Promise<AreaAnswerDto> {
    await singleChange(
      this.organisation.execute(() => ({ type: 'AddArea', area: { id: body.id, name: body.name } }), principal),
    );
    return { id: body.id, name: body.name };
  }

  @Patch(':id')
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'renameArea', summary: documented('api.docs.organisation.areas.rename.summary') })
  @ApiOkResponse({ type: AreaAnswerDto, links: AREA_LINKS })
  @ApiIdParams('id')
  @ApiErrors(404, 422)
  async rename(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RenameDto,
    @CurrentPrincipal() principal: Actor,
  ): Promise<AreaAnswerDto> {
    await singleChange(
      this.organisation.execute(() => ({ type: 'RenameArea', area: { id, name: body.name } }), principal),
    );
    return { id, name: body.name };
  }
}
