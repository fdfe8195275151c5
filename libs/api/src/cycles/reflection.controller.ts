import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AnyRole } from '../auth/roles.decorator';
import { ApiErrors } from '../common/api-errors.decorator';
import { ApiIdempotencyKey, IdempotencyKey } from '../common/idempotency-key.decorator';
import { ApiIdParams } from '../common/api-id-params';
import { documented } from '../common/documented';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { CyclesService } from './cycles.service';
import { ReflectionAnswerDto } from './dto/reflection.answer';
import { ReflectionDto } from './dto/reflection.dto';

/**
 * A leader's reflection for their own workplace ("Hvad betyder det for os"). There is no person in the path: the
 * caller writes their own, so nobody can write another's.
 */
@ApiTags('cycles')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('cycles')
export class ReflectionController {
  constructor(private readonly cycles: CyclesService) {}

  @Put(':id/reflection')
  @AnyRole()
  @ApiIdParams('id')
  @ApiOperation({ operationId: 'writeReflection', summary: documented('api.docs.cycles.reflection.write.summary') })
  @ApiOkResponse({ type: ReflectionAnswerDto })
  // 409: the summary is not yet published, the caller is not in the cycle, or the cycle is completed.
  @ApiErrors(404, 409)
  async writeReflection(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ReflectionDto,
    @CurrentPrincipal() principal: Actor,
    @IdempotencyKey() key?: string,
  ): Promise<ReflectionAnswerDto> {
    const written = await this.cycles.writeReflection(id, principal.id, body.text, principal, key);
    return { cycleId: id, personId: principal.id, ...written };
  }
}
