import { createHash } from 'node:crypto';
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '../../lib/logger';
import type { GatewayMetrics } from './metrics';

type SupergraphUpdate = Parameters<SupergraphManager['initialize']>[0]['update'];

/** Editors and `npm run compose` write a file in several steps; wait for them to settle. */
const SETTLE_MS = 150;

const digest = (sdl: string) => createHash('sha256').update(sdl).digest('hex');

/**
 * Loads the static supergraph file and, when asked to, reloads it when it changes: the gateway
 * switches to the new schema for the next request, without a restart. A file that does not
 * compose into a schema is refused (logged, counted) and the gateway keeps the schema it has.
 * The folder is watched rather than the file, so an atomic replace (write + rename) is seen too.
 */
export class SupergraphFile implements SupergraphManager {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private loadedDigest = '';

  constructor(
    private readonly path: string,
    private readonly options: { watch: boolean; logger: Logger; metrics: GatewayMetrics },
  ) {}

  async initialize({ update }: { update: SupergraphUpdate }) {
    const supergraphSdl = readFileSync(this.path, 'utf8');
    this.loadedDigest = digest(supergraphSdl);
    if (this.options.watch) {
      const name = basename(this.path);
      this.watcher = watch(dirname(this.path), (_event, filename) => {
        if (filename !== null && filename.toString() !== name) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.reload(update), SETTLE_MS);
      });
      this.watcher.on('error', (err) => this.options.logger.error({ err }, 'stopped watching the supergraph file'));
    }
    return {
      supergraphSdl,
      cleanup: async () => {
        clearTimeout(this.timer);
        this.watcher?.close();
      },
    };
  }

  private reload(update: SupergraphUpdate): void {
    const { logger, metrics } = this.options;
    let sdl: string;
    try {
      sdl = readFileSync(this.path, 'utf8');
    } catch (err) {
      logger.error({ err, path: this.path }, 'could not read the changed supergraph file; keeping the current schema');
      metrics.supergraphReloads.inc({ outcome: 'failed' });
      return;
    }
    const next = digest(sdl);
    if (next === this.loadedDigest) return;
    try {
      update(sdl);
      this.loadedDigest = next;
      metrics.supergraphReloads.inc({ outcome: 'loaded' });
      logger.info({ path: this.path, digest: next }, 'supergraph file changed: new schema loaded');
    } catch (err) {
      metrics.supergraphReloads.inc({ outcome: 'failed' });
      logger.error({ err, path: this.path }, 'the changed supergraph file was refused; keeping the current schema');
    }
  }
}
