/**
 * A progress bar on stderr (stdout stays free for the summary): redrawn in place on a
 * terminal, one line per batch otherwise (CI logs, pipes).
 */
export class ProgressBar {
  private readonly width = 30;

  constructor(
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number,
  ) {}

  update(done: number, note: string): void {
    const share = this.total ? done / this.total : 1;
    const filled = Math.round(share * this.width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${done}/${this.total} rows (${Math.floor(share * 100)}%) ${note}`;
    this.out.write(this.out.isTTY ? `\r${bar}\u001b[K` : `${bar}\n`);
  }

  finish(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
