// Types for security-headers.mjs (plain JS so next.config.mjs can import it).
export function contentSecurityPolicy(production: boolean, nonce?: string): string;
export function securityHeaders(production: boolean): { key: string; value: string }[];
export function baselineHeaders(production: boolean): Record<string, string>;
