import { readFileSync } from 'node:fs';

/**
 * How the processes reach a Temporal server that is not on this machine: TLS (a self-hosted cluster's own CA, and a
 * client certificate for mutual TLS) and/or an API key (Temporal Cloud). Undefined fields mean: not used. The files
 * are read once at start, so a wrong path fails the start rather than the first workflow call.
 */
export interface TemporalSecurity {
  /** Whether to connect with TLS at all; on with any of the settings below, or with TEMPORAL_TLS=true alone. */
  readonly tls: boolean;
  /** PEM of the CA that signed the server's certificate; unset: the system's trusted CAs. */
  readonly serverRootCaCertificate?: Buffer;
  /** The client certificate and key (PEM) for mutual TLS, e.g. Temporal Cloud with certificates. */
  readonly clientCertPair?: { readonly crt: Buffer; readonly key: Buffer };
  /** The name the server's certificate must carry, when it differs from the address's host. */
  readonly serverNameOverride?: string;
  /** Temporal Cloud API key (TEMPORAL_API_KEY, or read from TEMPORAL_API_KEY_FILE); implies TLS. Never logged. */
  readonly apiKey?: string;
}

export function loadTemporalSecurity(env: NodeJS.ProcessEnv): TemporalSecurity {
  const cert = text(env, 'TEMPORAL_TLS_CERT');
  const key = text(env, 'TEMPORAL_TLS_KEY');
  if ((cert === undefined) !== (key === undefined)) {
    throw new Error(
      'TEMPORAL_TLS_CERT og TEMPORAL_TLS_KEY skal angives sammen / must be given together (client certificate and key)',
    );
  }
  if (text(env, 'TEMPORAL_API_KEY') !== undefined && text(env, 'TEMPORAL_API_KEY_FILE') !== undefined) {
    throw new Error('Angiv TEMPORAL_API_KEY eller TEMPORAL_API_KEY_FILE, ikke begge / Give one of them, not both');
  }
  const ca = text(env, 'TEMPORAL_TLS_CA');
  const serverNameOverride = text(env, 'TEMPORAL_TLS_SERVER_NAME');
  const apiKeyFile = text(env, 'TEMPORAL_API_KEY_FILE');
  const apiKey =
    text(env, 'TEMPORAL_API_KEY') ??
    (apiKeyFile ? file('TEMPORAL_API_KEY_FILE', apiKeyFile).toString('utf8').trim() : undefined);
  const tlsFlag = text(env, 'TEMPORAL_TLS');
  if (tlsFlag !== undefined && tlsFlag !== 'true' && tlsFlag !== 'false') {
    throw new Error(`TEMPORAL_TLS skal være true eller false / must be true or false, got "${tlsFlag}"`);
  }
  const anyTlsSetting = [cert, ca, serverNameOverride, apiKey].some((value) => value !== undefined);
  if (tlsFlag === 'false' && anyTlsSetting) {
    throw new Error(
      'TEMPORAL_TLS=false passer ikke med TLS-certifikater eller en API-nøgle / ' +
        'TEMPORAL_TLS=false does not go with TLS certificates or an API key',
    );
  }
  return {
    tls: tlsFlag === 'true' || anyTlsSetting,
    ...(ca ? { serverRootCaCertificate: file('TEMPORAL_TLS_CA', ca) } : {}),
    ...(cert && key
      ? { clientCertPair: { crt: file('TEMPORAL_TLS_CERT', cert), key: file('TEMPORAL_TLS_KEY', key) } }
      : {}),
    ...(serverNameOverride ? { serverNameOverride } : {}),
    ...(apiKey ? { apiKey } : {}),
  };
}

function file(name: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`${name}: filen kan ikke læses / the file cannot be read: ${path} (${(error as Error).message})`);
  }
}

/** Unset and empty (or blank) mean the same: not given. */
function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
