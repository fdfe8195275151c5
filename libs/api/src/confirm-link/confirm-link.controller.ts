import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { RequestIdParam } from '../common/request-id.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdempotencyKey, IdempotencyKey } from '../common/idempotency-key.decorator';
import { CascadeConfirmationAnswerDto } from '../cycles/dto/cascade-confirmation.answer';
import { ConfirmCascadeDto } from '../cycles/dto/confirm-cascade.dto';
import { ReasonDto } from '../organisation/dto/organisation-changes.dto';
import { ConfirmLinkAnswerDto } from './confirm-link.answer';
import { ConfirmLinkService } from './confirm-link.service';
import { documented } from '../common/documented';

/** The token is in the URL: no cache may keep the answer, and no page reached from it may learn the address. */
const LinkHeaders = () =>
  applyDecorators(Header('Cache-Control', 'no-store'), Header('Referrer-Policy', 'no-referrer'));

/**
 * The personal confirmation link from the cascade e-mail, as JSON: `GET /api/confirm/:token` shows where the link's
 * person stands, `POST /api/confirm/:token` confirms their cascade, `PUT` corrects that confirmation and `POST
 * /api/confirm/:token/withdrawal` takes it back (until the cycle is completed). The callers are anyone holding the link: no
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
  @ApiOperation({ operationId: 'getConfirmLink', summary: documented('api.docs.confirm-link.status.summary') })
  @ApiOkResponse({ type: ConfirmLinkAnswerDto })
  @ApiErrors(404, 410)
  async status(@Param('token') token: string): Promise<ConfirmLinkAnswerDto> {
    return this.links.view(await this.links.open(token));
  }

  @Post(':token')
  @HttpCode(200)
  @LinkHeaders()
  @ApiIdempotencyKey()
  @ApiOperation({ operationId: 'confirmByLink', summary: documented('api.docs.confirm-link.confirm.summary') })
  @ApiOkResponse({ type: CascadeConfirmationAnswerDto })
  // 422: passed on at a time still to come.
  @ApiErrors(404, 409, 410, 422)
  async confirm(
    @Param('token') token: string,
    @Body() body: ConfirmCascadeDto,
    @RequestIdParam() requestId: string | undefined,
    @IdempotencyKey() key?: string,
  ): Promise<CascadeConfirmationAnswerDto> {
    return this.links.confirm(await this.links.open(token), body, requestId, key);
  }

  @Put(':token')
  @LinkHeaders()
  @ApiIdempotencyKey()
  @ApiOperation({ operationId: 'correctByLink', summary: documented('api.docs.confirm-link.correct.summary') })
  @ApiOkResponse({ type: CascadeConfirmationAnswerDto })
  @ApiErrors(404, 409, 410)
  async correct(
    @Param('token') token: string,
    @Body() body: ConfirmCascadeDto,
    @RequestIdParam() requestId: string | undefined,
    @IdempotencyKey() key?: string,
  ): Promise<CascadeConfirmationAnswerDto> {
    return this.links.confirm(await this.links.open(token), body, requestId, key, true);
  }

  @Post(':token/withdrawal')
  @HttpCode(200)
  @LinkHeaders()
  @ApiIdempotencyKey()
  @ApiOperation({ operationId: 'withdrawByLink', summary: documented('api.docs.confirm-link.withdraw.summary') })
  @ApiOkResponse({ type: ConfirmLinkAnswerDto })
  @ApiErrors(404, 409, 410)
  async withdraw(
    @Param('token') token: string,
    @Body() body: ReasonDto,
    @RequestIdParam() requestId: string | undefined,
    @IdempotencyKey() key?: string,
  ): Promise<ConfirmLinkAnswerDto> {
    const claims = await this.links.open(token);
    await this.links.withdraw(claims, body.reason, requestId, key);
    return this.links.view(claims);
  }
}
