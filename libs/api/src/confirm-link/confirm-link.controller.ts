import { Body, Controller, Get, Header, HttpCode, Param, Post, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CascadeConfirmationView } from '@ledelsesrum/domain';
import { Public } from '../auth/roles.decorator';
import { RequestIdParam } from '../common/request-id.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { ConfirmCascadeDto } from '../cycles/dto/confirm-cascade.dto';
import { ConfirmLinkService, type ConfirmLinkView } from './confirm-link.service';
import { documented } from '../common/documented';

/** The token is in the URL: no cache may keep the answer, and no page reached from it may learn the address. */
const LinkHeaders = () =>
  applyDecorators(Header('Cache-Control', 'no-store'), Header('Referrer-Policy', 'no-referrer'));

/**
 * The personal confirmation link from the cascade e-mail, as JSON: `GET /api/confirm/:token` shows where the link's
 * person stands, `POST /api/confirm/:token` confirms their cascade. The callers are anyone holding the link: no
 * sign-in, the signed token is the credential, and it is good for its person and cycle only, until it expires
 * (410), the cascade is confirmed (409), or its person is released, leaves the organisation or is erased (410,
 * `CONFIRM_LINK_REVOKED`). An invalid token is 404.
 */
@ApiTags('confirm')
@Controller('confirm')
@Public()
@RateLimit('confirm-link')
export class ConfirmLinkController {
  constructor(private readonly links: ConfirmLinkService) {}

  @Get(':token')
  @LinkHeaders()
  @ApiOperation({
    summary: documented('api.docs.confirm-link.status.summary'),
  })
  async status(@Param('token') token: string): Promise<ConfirmLinkView> {
    return this.links.view(await this.links.open(token));
  }

  @Post(':token')
  @HttpCode(200)
  @LinkHeaders()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({
    summary: documented('api.docs.confirm-link.confirm.summary'),
  })
  async confirm(
    @Param('token') token: string,
    @Body() body: ConfirmCascadeDto,
    @RequestIdParam() requestId: string | undefined,
    @IdempotencyKey() key?: string,
  ): Promise<CascadeConfirmationView> {
    return this.links.confirm(await this.links.open(token), body, requestId, key);
  }
}
