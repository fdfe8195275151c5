/** The session cookie's name over plain http (a test's API); under https it carries the __Host- prefix. */
export const SESSION_COOKIE = 'ledelsesrum_session';

/** `name=value` of the cookie a response sets, to send back as a browser would. */
export function cookieFrom(response: Response, name: string): string {
  const line = response.headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie (HTTP ${response.status})`);
  return line.split(';')[0]!;
}

/**
 * Signs in through the development sign-in form, as a developer on the API's own machine does, and answers the session
 * cookie (`name=value`). Sessions live at the server, so a test cannot mint one itself. Without `personId` the session
 * is the role's development person (`udvikler-<role>`).
 */
export async function devSignIn(webUrl: string, role: string, personId?: string): Promise<string> {
  const form = new URLSearchParams({ role, ...(personId === undefined ? {} : { personId }) });
  const response = await fetch(`${webUrl}/log-ind`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  if (response.status !== 303) throw new Error(`development sign-in answered ${response.status}`);
  return cookieFrom(response, SESSION_COOKIE);
}
