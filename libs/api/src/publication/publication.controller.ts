import { Body, Controller, HttpCode, Inject, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '@ledelsesrum/config';
import type { Actor } from '../auth/actor';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { documented } from '../common/documented';
import { NoBodyPipe } from '../common/no-body.pipe';
import { APP_CONFIG } from '../infrastructure/tokens';
import { DistributionListsDto } from './dto/distribution-lists.dto';
import { FeedTokenAnswerDto } from './dto/feed-token.answer';
import { feedAddress } from './feed-token';
import { PublicationService } from './publication.service';

/**
 * Publication to the organisation: the staff feed's token, for an intranet's own set-up, and the distribution lists
 * each published summary is e-mailed to. Callers: chefgruppen.
 */
@ApiTags('publication')
@ApiBearerAuth()
@Controller('publication')
export class PublicationController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publication: PublicationService,
  ) {}

  /** Not idempotent on purpose: every call is a new token, and the one before stops working. */
  @Post('feed-token')
  @HttpCode(200)
  @Roles('chefgruppen')
  @ApiOperation({ operationId: 'rotateStaffFeedToken', summary: documented('api.docs.publication.feed-token.summary') })
  @ApiOkResponse({ type: FeedTokenAnswerDto })
  async rotate(@Body(NoBodyPipe) _body: undefined, @CurrentPrincipal() actor: Actor): Promise<FeedTokenAnswerDto> {
    const token = await this.publication.rotateFeedToken(actor);
    return { token, feedUrl: feedAddress(this.config.publicUrl, token) };
  }

  /** Idempotent: the same lists again record the same lists. */
  @Put('distribution-lists')
  @Roles('chefgruppen')
  @ApiOperation({
    operationId: 'setDistributionLists',
    summary: documented('api.docs.publication.lists.summary'),
  })
  @ApiOkResponse({ type: DistributionListsDto })
  // 404: an area the organisation does not have; 422: two lists of one name.
  @ApiErrors(404, 422)
  async setDistributionLists(
    @Body() body: DistributionListsDto,
    @CurrentPrincipal() actor: Actor,
  ): Promise<DistributionListsDto> {
    const lists = await this.publication.setDistributionLists(actor, body.lists);
    return { lists: [...lists] };
  }
}
