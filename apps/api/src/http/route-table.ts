import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { isPublicRoute, isSessionRoute } from '@ledelsesrum/api/auth';
import { BODY_LIMIT_KEY, DEFAULT_BODY_LIMIT, PUBLIC_BODY_LIMIT } from '@ledelsesrum/api/common';

/** What the server must know about a route before it reads a request's body. */
export interface RoutePolicy {
  /** @Public: anyone may send a body, so it is read without credentials (and kept small). */
  readonly isPublic: boolean;
  /** @WebPages: the caller is the session cookie, not a bearer token. */
  readonly webPage: boolean;
  /** The largest body the route reads, in bytes. */
  readonly bodyLimit: number;
  /**
   * The media types of the bodies a route of the API's description takes: what it declares with @ApiConsumes, JSON
   * otherwise; any other body is refused (415). Undefined for the routes the description leaves out (the web pages,
   * which read their forms).
   */
  readonly mediaTypes?: readonly string[];
}

/** A route as the controllers declare it: its method and its path below the global prefix, if it gets one. */
interface DeclaredRoute {
  readonly method: string;
  readonly path: string;
  readonly policy: RoutePolicy;
}

/** A route as the router serves it. */
interface ServedRoute {
  readonly method: string;
  readonly pattern: RegExp;
  readonly policy: RoutePolicy;
}

/** One route of the Express router, as Nest registered it (the path with the global prefix where it applies). */
export interface RouterRoute {
  readonly method: string;
  readonly path: string;
}

/**
 * Every route of the controllers with what must be checked before its body is read, taken from the same decorators
 * the guards read (@Public, @WebPages) and @BodyLimit, so no list is kept by hand. Built when the app is created;
 * bound to the router's own paths once Nest has registered them (which routes got the /api prefix is the router's
 * answer, not a second copy of the exclusion rules).
 */
export class RouteTable {
  private served: readonly ServedRoute[] | undefined;

  private constructor(private readonly declared: readonly DeclaredRoute[]) {}

  static fromControllers(controllers: readonly Type[], reflector: Reflector): RouteTable {
    const declared: DeclaredRoute[] = [];
    for (const controller of controllers) {
      const base = pathOf(Reflect.getMetadata(PATH_METADATA, controller), controller.name);
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const own = pathOf(Reflect.getMetadata(PATH_METADATA, handler), `${controller.name}.${name}`);
        const targets = [handler, controller];
        const isPublic = isPublicRoute(reflector, targets);
        const declaredLimit = reflector.getAllAndOverride<number>(BODY_LIMIT_KEY, targets);
        declared.push({
          method: RequestMethod[method],
          path: join(base, own),
          policy: {
            isPublic,
            webPage: isSessionRoute(reflector, targets),
            bodyLimit: declaredLimit ?? (isPublic ? PUBLIC_BODY_LIMIT : DEFAULT_BODY_LIMIT),
            mediaTypes: isDescribed(controller) ? consumedBy(reflector, targets) : undefined,
          },
        });
      }
    }
    return new RouteTable(declared);
  }

  /** The policy of the route a controller declares as `method` (GET, POST, …) on `path` (`/people/:id`). */
  declaredPolicy(method: string, path: string): RoutePolicy | undefined {
    return this.declared.find((route) => route.method === method.toUpperCase() && route.path === path)?.policy;
  }

  /** Every body limit some route has, so a parser can be made for each. */
  bodyLimits(): number[] {
    return [...new Set(this.declared.map((route) => route.policy.bodyLimit))].sort((a, b) => a - b);
  }

  /**
   * Takes each declared route's path as the router serves it, in the router's order (the first match wins there, so
   * here too). Fails when a route cannot be found, or is served both with and without the prefix: the policy would
   * otherwise silently not apply.
   */
  bind(router: readonly RouterRoute[], prefix: string): void {
    const served = this.declared.map((route) => {
      const candidates = [`/${prefix}${route.path === '/' ? '' : route.path}`, route.path];
      const found = candidates
        .map((path) => router.findIndex((served) => served.method === route.method && same(served.path, path)))
        .filter((index) => index >= 0);
      if (found.length !== 1) {
        throw new Error(`${route.method} ${route.path}: ${found.length} ruter i routeren / routes in the router`);
      }
      const index = found[0]!;
      return { index, method: route.method, pattern: patternOf(router[index]!.path), policy: route.policy };
    });
    this.served = served.sort((a, b) => a.index - b.index);
  }

  /** The policy of the route that will answer `method` on `path` (without the query), or undefined for none. */
  find(method: string, path: string): RoutePolicy | undefined {
    if (!this.served) throw new Error('RouteTable.bind() er ikke kaldt / was not called');
    const upper = method.toUpperCase();
    return this.served.find((route) => (route.method === upper || route.method === 'ALL') && route.pattern.test(path))
      ?.policy;
  }

  /**
   * The methods some route answers on `path`, with HEAD wherever GET is (Express answers HEAD with the GET route) and
   * OPTIONS, which the server answers itself; none for a path no route serves. Whether the path is a web page's.
   */
  methodsOn(path: string): { readonly methods: readonly string[]; readonly webPage: boolean } {
    if (!this.served) throw new Error('RouteTable.bind() er ikke kaldt / was not called');
    const matching = this.served.filter((route) => route.pattern.test(path));
    const declared = new Set(matching.map((route) => route.method));
    if (declared.size === 0 || declared.has('ALL')) return { methods: [...declared], webPage: false };
    if (declared.has('GET')) declared.add('HEAD');
    declared.add('OPTIONS');
    const methods = ORDER.filter((method) => declared.has(method));
    return { methods, webPage: matching.some((route) => route.policy.webPage) };
  }
}

/** The order in which an `Allow` header lists the methods. */
const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function isDescribed(controller: Type): boolean {
  const excluded = Reflect.getMetadata(DECORATORS.API_EXCLUDE_CONTROLLER, controller) as [boolean] | undefined;
  return excluded?.[0] !== true;
}

function consumedBy(reflector: Reflector, targets: Parameters<Reflector['getAllAndOverride']>[1]): string[] {
  return reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, targets) ?? ['application/json'];
}

function pathOf(metadata: unknown, where: string): string {
  if (metadata === undefined) return '';
  if (typeof metadata !== 'string') throw new Error(`${where}: kun én sti pr. rute / one path per route`);
  return metadata;
}

function join(...parts: string[]): string {
  const path = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/');
  return `/${path}`;
}

function same(a: string, b: string): boolean {
  return a.replace(/\/$/, '') === b.replace(/\/$/, '');
}

/**
 * The router's path as a pattern, matched as Express matches by default: any letter case, an optional trailing
 * slash. The routes here have literal segments and `:name` parameters only; anything else is refused at start.
 */
function patternOf(path: string): RegExp {
  const segments = path.split('/').filter((segment) => segment !== '');
  const source = segments.map((segment) => {
    if (/^:[A-Za-z_$][\w$]*$/.test(segment)) return '/[^/]+';
    if (/[:*?{}()+]/.test(segment)) throw new Error(`${path}: ukendt stimønster / unsupported path pattern`);
    return `/${segment.replace(/[.\\^$|[\]]/g, '\\$&')}`;
  });
  return new RegExp(`^${source.join('')}/?$`, 'i');
}
