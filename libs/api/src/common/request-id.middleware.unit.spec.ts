import { requestIdFrom, requestIdMiddleware, type RequestWithId } from './request-id.middleware';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the request id', () => {
  it.each(['abc', 'req-1.2_3:4', 'A'.repeat(100), '0f3c9a2e-1111-2222-3333-444455556666'])('keeps %s', (id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'A'.repeat(101)],
    ['with a space', 'a b'],
    ['with a newline', 'a\nb'],
    ['with a slash', 'a/b'],
    ['non-ASCII', 'æøå'],
    ['given twice', ['a', 'b']],
  ])('replaces one %s with a fresh UUID', (_what, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });

  it('gives every request its own UUID', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });

  it('puts the id on the request and echoes it in the response', () => {
    const request: RequestWithId = { headers: { 'x-request-id': 'req-42' } };
    const headers = new Map<string, string>();
    const next = jest.fn();

    requestIdMiddleware(request, { setHeader: (name, value) => headers.set(name, value) }, next);

    expect(request.requestId).toBe('req-42');
    expect(headers.get('X-Request-Id')).toBe('req-42');
    expect(next).toHaveBeenCalledTimes(1);
  });
});
