/** A small JSON client over fetch for the end-to-end tests. */
export interface HttpResult<T = unknown> {
  readonly status: number;
  readonly body: T;
}

export function apiClient(baseUrl: string) {
  return async function call<T = any>(
    method: string,
    path: string,
    /** `rawBody` is sent as it is, as application/json (e.g. broken JSON); otherwise `body` is JSON-encoded. */
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpResult<T>> {
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
}
