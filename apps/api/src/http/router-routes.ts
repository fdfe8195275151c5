import type { RouterRoute } from './route-table';

interface ExpressLayer {
  readonly route?: { readonly path: unknown };
}

/** Express keeps a route's methods on the route; its published types do not declare them. */
interface RouteWithMethods {
  readonly methods?: Record<string, boolean>;
}

/** The routes of an Express 5 application's router, in the order they are matched. */
export function routerRoutes(express: { router: { stack: readonly ExpressLayer[] } }): RouterRoute[] {
  return express.router.stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || typeof route.path !== 'string') return [];
    const path = route.path;
    const methods = (route as RouteWithMethods).methods ?? {};
    return Object.keys(methods)
      .filter((method) => methods[method])
      .map((method) => ({ method: method === '_all' ? 'ALL' : method.toUpperCase(), path }));
  });
}
