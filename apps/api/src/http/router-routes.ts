import type { RouterRoute } from './route-table';

interface ExpressLayer {
  readonly route?: { readonly path: unknown; readonly methods: Record<string, boolean> };
}

/** The routes of an Express 5 application's router, in the order they are matched. */
export function routerRoutes(express: { router: { stack: readonly ExpressLayer[] } }): RouterRoute[] {
  return express.router.stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || typeof route.path !== 'string') return [];
    const path = route.path;
    return Object.keys(route.methods)
      .filter((method) => route.methods[method])
      .map((method) => ({ method: method === '_all' ? 'ALL' : method.toUpperCase(), path }));
  });
}
