/**
 * Configuration comes only from environment variables, checked at start: every bad or
 * missing variable is named in one message. A dev default is allowed only with a loud
 * warning, and NODE_ENV=production refuses dev defaults.
 */

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
export const DEV_PERSON_KEY_SECRET = 'dev-only-person-key-secret-change-me-0123456789';

export type JwtConfig = { kind: 'secret'; secret: string } | { kind: 'jwks'; url: string };

/** Collects problems while reading variables, then throws them all at once in `done()`. */
export class EnvReader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  readonly production: boolean;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {
    this.production = env.NODE_ENV === 'production';
  }

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  port(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 0 || n > 65535) {
      this.problems.push(`${name} must be a port number from 0 to 65535; got "${value}"`);
      return fallback;
    }
    return n;
  }

  positiveInt(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) <= 0) {
      this.problems.push(`${name} must be a whole number above 0; got "${value}"`);
      return fallback;
    }
    return Number(value);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!allowed.includes(value as T)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
      return fallback;
    }
    return value as T;
  }

  url(name: string, fallback: string, protocols: string[] = ['http:', 'https:']): string {
    const value = this.raw(name) ?? fallback;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) throw new Error('protocol');
    } catch {
      this.problems.push(`${name} must be a ${protocols.join(' or ')} URL; got "${value}"`);
    }
    return value;
  }

  /** `mysql://user:pass@host:3306/db` or `sqlite:path` (relative to the working directory). */
  databaseUrl(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) {
      if (this.production) this.problems.push(`${name} is required in production (mysql://user:pass@host:3306/db)`);
      return fallback;
    }
    if (value.startsWith('sqlite:')) {
      if (value.length === 'sqlite:'.length) this.problems.push(`${name} names no file: use sqlite:path/to/file.sqlite`);
      return value;
    }
    try {
      const parsed = new URL(value);
      if (parsed.protocol !== 'mysql:') throw new Error('protocol');
      if (!parsed.pathname || parsed.pathname === '/') {
        this.problems.push(`${name} must name a database, e.g. mysql://user:pass@host:3306/finance`);
      }
    } catch {
      this.problems.push(`${name} must be mysql://user:pass@host:3306/db or sqlite:path; got "${redactUrl(value)}"`);
    }
    return value;
  }

  /** A secret with a dev default: used with a warning in development, refused in production. */
  secret(name: string, devDefault: string, minLength = 32): string {
    const value = this.raw(name);
    if (value === undefined) {
      if (this.production) {
        this.problems.push(`${name} is required in production (at least ${minLength} characters)`);
      } else {
        this.warnings.push(`${name} is not set: using the DEV-ONLY default; never run like this with real data`);
      }
      return devDefault;
    }
    if (value.length < minLength) this.problems.push(`${name} must be at least ${minLength} characters long`);
    if (this.production && value === devDefault) this.problems.push(`${name} is the dev default; production refuses it`);
    return value;
  }

  jwt(): JwtConfig {
    const jwksUrl = this.raw('JWKS_URL');
    if (jwksUrl !== undefined) {
      if (this.raw('JWT_SECRET') !== undefined) this.problems.push('set JWT_SECRET or JWKS_URL, not both');
      return { kind: 'jwks', url: this.url('JWKS_URL', jwksUrl) };
    }
    return { kind: 'secret', secret: this.secret('JWT_SECRET', DEV_JWT_SECRET) };
  }

  done(): void {
    if (this.problems.length) throw new ConfigError(this.problems);
  }
}

/** Hides the password of a database URL before it is logged or echoed. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

const MIN_METRICS_TOKEN = 16;

/**
 * METRICS_TOKEN: the bearer token /metrics asks for (gateway and subgraphs), or null for none.
 * `where` names the process in the warning given when production runs without one.
 */
export function readMetricsToken(reader: EnvReader, where: string): string | null {
  const token = reader.raw('METRICS_TOKEN') ?? null;
  if (token !== null && token.length < MIN_METRICS_TOKEN) {
    reader.problems.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN} characters; got ${token.length}`);
  }
  if (token === null && reader.production) {
    reader.warnings.push(`METRICS_TOKEN is not set: /metrics is open to anyone who reaches the ${where}; set it, or keep the port inside the network boundary`);
  }
  return token;
}
