/** TLS and an API key as the configuration gives them (libs/config TemporalSecurity has this shape). */
export interface TemporalConnectionSecurity {
  readonly tls: boolean;
  readonly serverRootCaCertificate?: Uint8Array;
  readonly clientCertPair?: { readonly crt: Uint8Array; readonly key: Uint8Array };
  readonly serverNameOverride?: string;
  readonly apiKey?: string;
}

export interface TemporalConnectionOptions {
  readonly address: string;
  readonly tls?: {
    serverRootCACertificate?: Uint8Array;
    clientCertPair?: { crt: Uint8Array; key: Uint8Array };
    serverNameOverride?: string;
  };
  readonly apiKey?: string;
}

/**
 * The connection options both the API's client and the worker's native connection take: plain for a local server,
 * TLS (with the cluster's CA, a client certificate, a server name) for a cluster, and the API key for Temporal Cloud.
 */
export function temporalConnectionOptions(
  address: string,
  security: TemporalConnectionSecurity | undefined,
): TemporalConnectionOptions {
  if (!security?.tls) return { address };
  const { serverRootCaCertificate, clientCertPair, serverNameOverride, apiKey } = security;
  return {
    address,
    tls: {
      ...(serverRootCaCertificate ? { serverRootCACertificate: serverRootCaCertificate } : {}),
      ...(clientCertPair ? { clientCertPair: { crt: clientCertPair.crt, key: clientCertPair.key } } : {}),
      ...(serverNameOverride ? { serverNameOverride } : {}),
    },
    ...(apiKey ? { apiKey } : {}),
  };
}
