// Types of sigstore-mock-services.mjs.
export interface TrustedRootJson {
  certificateAuthorities: Array<{ certChain: string[]; start: string }>;
  timestampAuthorities: Array<{ certChain: string[]; start: string }>;
  tlogs: Array<{ baseUrl: string; publicKey: string; logId: string; start: string }>;
  ctlogs: Array<{ baseUrl: string; publicKey: string; logId: string; start: string }>;
}
export declare const FULCIO_URLS: string[];
export declare const REKOR_URL: string;
export declare const TSA_URL: string;
export declare const OIDC_ISSUER: string;
export declare function mockSigstoreServices(options: {
  jwks: { keys: object[] };
}): Promise<TrustedRootJson>;
export declare function stopSigstoreServices(): void;
