import { Injectable, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { isSessionRoute } from '@ledelsesrum/api/auth';
import { validationFailed, type FieldError } from '@ledelsesrum/api/common';

/** Any name goes: the route reads its query as a plain record and words its own refusals (the web pages). */
const ANY = 'any';

/** A route's handler, the key of its metadata. */
type Handler = (...args: never[]) => unknown;

interface RouteArgument {
  readonly index: number;
  readonly data?: unknown;
}

/**
 * Every route of the API's description refuses a query parameter it does not declare, as it refuses an unknown field
 * of its body: 400, in the very words of the ValidationPipe, one error per parameter.
 * What a route declares is read from its handler's own @Query() parameters: a named parameter, or the properties of
 * its query DTO. The web pages (and any route left out of the description) keep their own handling of queries.
 */
@Injectable()
export class KnownQueryParameters implements CanActivate {
  private readonly declared = new WeakMap<Handler, ReadonlySet<string> | typeof ANY>();

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): true {
    const known = this.declaredBy(context.getClass(), context.getHandler() as Handler);
    if (known !== ANY) {
      const query = context.switchToHttp().getRequest<{ query?: Record<string, unknown> }>().query ?? {};
      const unknown = Object.keys(query).filter((name) => !known.has(name));
      if (unknown.length > 0) throw validationFailed(unknown.map(unknownParameter));
    }
    return true;
  }

  private declaredBy(controller: Type, handler: Handler): ReadonlySet<string> | typeof ANY {
    let known = this.declared.get(handler);
    if (known === undefined) {
      known = this.outsideTheDescription(controller, handler) ? ANY : queryParametersOf(controller, handler);
      this.declared.set(handler, known);
    }
    return known;
  }

  private outsideTheDescription(controller: Type, handler: Handler): boolean {
    return (
      isSessionRoute(this.reflector, [handler, controller]) ||
      this.reflector.get<boolean[] | undefined>(DECORATORS.API_EXCLUDE_CONTROLLER, controller)?.[0] === true ||
      this.reflector.get<{ disable?: boolean } | undefined>(DECORATORS.API_EXCLUDE_ENDPOINT, handler)?.disable === true
    );
  }
}

/** The names a handler's @Query() parameters declare; ANY when one takes the whole query as an untyped record. */
function queryParametersOf(controller: Type, handler: Handler): ReadonlySet<string> | typeof ANY {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler.name) ?? {}) as Record<
    string,
    RouteArgument
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, handler.name) ??
    []) as unknown[];
  const names = new Set<string>();
  for (const [key, argument] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== RouteParamtypes.QUERY) continue;
    if (typeof argument.data === 'string') {
      names.add(argument.data);
      continue;
    }
    const type = types[argument.index];
    if (typeof type !== 'function' || type === Object) return ANY;
    for (const { propertyName } of getMetadataStorage().getTargetValidationMetadatas(type, '', true, false)) {
      names.add(propertyName);
    }
  }
  return names;
}

/** Worded as the validation pipe words an unknown field of a body (forbidNonWhitelisted). */
function unknownParameter(name: string): FieldError {
  return { field: name, message: `property ${name} should not exist` };
}
