import { bodyTooLarge } from './body-too-large';

function answer(error: unknown, url = '/api/organisation/import') {
  let sent: { status: number; body: unknown } | undefined;
  let passed: unknown;
  bodyTooLarge(
    error,
    { originalUrl: url },
    { status: (status) => ({ json: (body) => void (sent = { status, body }) }) },
    (next) => void (passed = next),
  );
  return { sent, passed };
}

describe('bodyTooLarge', () => {
  it('answers a body over its limit with 413 and the API’s error body, naming the limit in Danish and English', () => {
    const error = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', limit: 5242880 });
    expect(answer(error).sent).toEqual({
      status: 413,
      body: {
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Forespørgslen er for stor: højst 5 MB / The request is too large: at most 5 MB',
        details: { limitBytes: 5242880 },
      },
    });
    expect(answer({ type: 'entity.too.large', limit: 102400 }).sent?.body).toMatchObject({
      message: 'Forespørgslen er for stor: højst 100 KB / The request is too large: at most 100 KB',
    });
  });

  it('passes on other errors, and those of the web pages', () => {
    const other = new SyntaxError('Unexpected token');
    expect(answer(other)).toEqual({ sent: undefined, passed: other });
    const tooLarge = { type: 'entity.too.large', limit: 102400 };
    expect(answer(tooLarge, '/bekraeft/abc')).toEqual({ sent: undefined, passed: tooLarge });
  });
});
