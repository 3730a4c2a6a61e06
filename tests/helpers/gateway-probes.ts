/** Small probes the gateway tests share: waiting for a condition, and reading /metrics. */

/** Polls `check` until it is true; fails after `attempts` tries (a wait, not a timing assertion). */
export async function until(check: () => boolean | Promise<boolean>, what: string, attempts = 400, everyMs = 10): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Reads the gateway's Prometheus text. */
export async function scrape(origin: string): Promise<string> {
  const res = await fetch(`${origin}/metrics`);
  if (!res.ok) throw new Error(`/metrics answered ${res.status}`);
  return res.text();
}

/**
 * The value of one series in Prometheus text, e.g.
 * metric(text, 'gateway_requests_total', { operation: 'Q', outcome: 'success' }); 0 when absent.
 */
export function metric(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const braces = /^[^{ ]+(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!braces) continue;
    const present = (braces[1] ?? '').split(/,(?=[a-z_]+=")/).filter(Boolean);
    if (wanted.length === present.length && wanted.every((w) => present.includes(w))) return Number(braces[2]);
  }
  return 0;
}

/** Headers whose values are numbers or ids that could contain a port's digits by chance. */
const NUMERIC_HEADERS = new Set(['date', 'content-length', 'x-request-id', 'x-sql-statements', 'keep-alive']);

/** Everything a client could read in a response (but headers of numbers and ids), as one string. */
export function clientVisible(status: number, headers: Headers, body: unknown): string {
  const shown = [...headers].filter(([k]) => !NUMERIC_HEADERS.has(k)).map(([k, v]) => `${k}: ${v}`);
  return `${status}\n${shown.join('\n')}\n${JSON.stringify(body)}`;
}

const INTERNAL_DETAIL =
  /127\.0\.0\.1|localhost|\[::1\]|ECONN|EPIPE|socket hang up|fetch failed|https?:\/\/|\bselect\b.*\bfrom\b|\binsert into\b|sqlite|mysql|\bat \S+ \(|\.ts:\d+/gi;

/** What in `text` would tell a client about our insides: addresses, ports, socket errors, SQL, stacks. */
export function internalDetails(text: string, ports: number[]): string[] {
  const found = text.match(INTERNAL_DETAIL) ?? [];
  return [...found, ...ports.map(String).filter((p) => text.includes(p))];
}
