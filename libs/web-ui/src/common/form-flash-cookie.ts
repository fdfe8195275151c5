import type { Provider } from '@nestjs/common';
import { resolveSessionSecret } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { cookie, hostCookieName, readCookies } from './cookies';
import { FLASH_SECONDS, flashBinding, FormFlashes, type FormFlash } from './form-flash';
import type { WebRequest } from './page-context';

/** Injection token of the FormFlashCookie. */
export const FORM_FLASH_COOKIE = Symbol('FORM_FLASH_COOKIE');

export interface CookieResponse {
  getHeader(name: string): unknown;
  setHeader(name: string, value: string | string[]): unknown;
}

/**
 * The refused form's flash in its cookie: written by the post that redirects, taken (read once and deleted) by the page
 * it redirects to. Sealed with the session secret, so every replica reads what another wrote.
 */
export class FormFlashCookie {
  private readonly name: string;
  private readonly secure: boolean;

  constructor(
    private readonly flashes: FormFlashes,
    publicUrl: string,
  ) {
    this.name = hostCookieName('ledelsesrum_form', publicUrl);
    this.secure = publicUrl.startsWith('https:');
  }

  /** Leaves the flash for the page at `path`; false when it is too large for a cookie (the caller answers otherwise). */
  put(response: CookieResponse, flash: FormFlash, path: string, csrf: string | undefined): boolean {
    const sealed = this.flashes.seal(flash, flashBinding(path, csrf));
    if (sealed === undefined) return false;
    appendCookie(response, cookie(this.name, sealed, { maxAge: FLASH_SECONDS, httpOnly: true, secure: this.secure }));
    return true;
  }

  /** The flash left for this page in this session, deleted as it is read; undefined when there is none for it. */
  take(request: WebRequest, response: CookieResponse): FormFlash | undefined {
    const value = readCookies(request.headers['cookie'])[this.name];
    if (value === undefined) return undefined;
    const flash = this.flashes.open(value, flashBinding(request.originalUrl ?? request.url, request.webSession?.csrf));
    if (flash) appendCookie(response, cookie(this.name, '', { maxAge: 0, httpOnly: true, secure: this.secure }));
    return flash;
  }
}

/** Adds a Set-Cookie value to those the response already sets. */
export function appendCookie(response: CookieResponse, value: string): void {
  const before = response.getHeader('Set-Cookie');
  const list = Array.isArray(before) ? before.map(String) : typeof before === 'string' ? [before] : [];
  response.setHeader('Set-Cookie', [...list, value]);
}

/** The flashes sealed with the session secret (SESSION_SECRET, or the development secret). */
export const formFlashCookieProvider: Provider = {
  provide: FORM_FLASH_COOKIE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    new FormFlashCookie(new FormFlashes(resolveSessionSecret(config)), config.publicUrl),
};
