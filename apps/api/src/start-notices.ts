import { isLoopback, type AppConfig } from '@ledelsesrum/config';

export interface StartNotice {
  readonly level: 'log' | 'warn';
  readonly text: string;
}

/** What the start log says about who can reach the API and sign in, so an operator sees how open it is. */
export function startNotices(config: Pick<AppConfig, 'host' | 'port' | 'devTokens'>): StartNotice[] {
  const where = `${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  if (isLoopback(config.host)) {
    return [
      {
        level: 'log',
        text:
          `Lytter kun på ${where} (denne maskine). Andre maskiner får adgang med HOST=0.0.0.0, som kræver en ` +
          'login-udbyder (OIDC_ISSUER og OIDC_AUDIENCE) eller AUTH_DEV_TOKENS=true på et lukket testnet / ' +
          `Listening on ${where} only (this machine). HOST=0.0.0.0 lets other machines in, which requires a sign-in ` +
          'provider (OIDC_ISSUER and OIDC_AUDIENCE) or AUTH_DEV_TOKENS=true on a closed test network',
      },
    ];
  }
  const listening: StartNotice = { level: 'log', text: `Lytter på / Listening on ${where}` };
  if (!config.devTokens) return [listening];
  return [
    listening,
    {
      level: 'warn',
      text:
        `ADVARSEL: Udviklingslogin er slået til på ${where} (AUTH_DEV_TOKENS=true): alle, der kan nå porten, kan ` +
        'logge ind som hvem som helst i enhver rolle. Kun til et lukket testnet / WARNING: Development sign-in is on ' +
        `at ${where} (AUTH_DEV_TOKENS=true): anyone who can reach the port can sign in as anyone, in any role. For a ` +
        'closed test network only',
    },
  ];
}
