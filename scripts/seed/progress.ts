import type { WorkerMessage } from './worker';

/**
 * The progress display of `npm run seed:province`: one line per subgraph with the table being
 * filled, a bar (how far through the province's villages that table is), rows written and the
 * rate. Redrawn in place on a terminal; a line every 10 s otherwise (CI logs).
 */
export class ProgressDisplay {
  private readonly state = new Map<string, { message: WorkerMessage | null; started: number; finished: number | null }>();
  private drawn = 0;
  private lastPlain = 0;

  constructor(
    names: readonly string[],
    private readonly villageIndex: (code: string) => number,
    private readonly tty = Boolean(process.stderr.isTTY),
  ) {
    for (const name of names) this.state.set(name, { message: null, started: 0, finished: null });
  }

  start(name: string): void {
    this.state.get(name)!.started = Date.now();
    this.draw();
  }

  update(message: WorkerMessage): void {
    const s = this.state.get(message.subgraph)!;
    s.message = message;
    if (message.type === 'done') s.finished = Date.now();
    this.draw();
  }

  private line(name: string): string {
    const s = this.state.get(name)!;
    if (!s.started) return `${name.padEnd(14)} waiting`;
    const rows = s.message?.rows ?? 0;
    const seconds = ((s.finished ?? Date.now()) - s.started) / 1000;
    const fraction = s.finished ? 1 : s.message?.village ? this.villageIndex(s.message.village) : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
    const table = s.finished ? 'all tables' : (s.message?.table ?? 'migrating');
    return `${name.padEnd(14)} ${table.slice(0, 18).padEnd(18)} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en')} rows  ${rate.toLocaleString('en')} rows/s  ${seconds.toFixed(0)} s${s.finished ? '  done' : ''}`;
  }

  draw(force = false): void {
    const lines = [...this.state.keys()].map((n) => this.line(n));
    if (this.tty) {
      if (this.drawn) process.stderr.write(`\x1b[${this.drawn}A`);
      process.stderr.write(lines.map((l) => `\x1b[2K${l}\n`).join(''));
      this.drawn = lines.length;
    } else if (force || Date.now() - this.lastPlain >= 10_000) {
      this.lastPlain = Date.now();
      process.stderr.write(`${lines.join('\n')}\n\n`);
    }
  }
}
