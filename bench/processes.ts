import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProbeReply } from './probe';

/**
 * The benchmark's processes: each a real `node` process of the built code (dist/), started with
 * the SQL probe preloaded and its output written to a log file, never mixed into the report.
 */
export interface BenchProcess {
  readonly label: string;
  readonly child: ChildProcess;
  readonly port: number;
  /** SQL statements (and connection set-up statements) the process has sent so far. */
  stats(): Promise<{ statements: number; setup: number }>;
  /** Resident memory of the process and its children (cluster workers), in bytes, from /proc. */
  rss(): number;
  stop(): Promise<void>;
}

const PROBE = join(__dirname, 'probe.js');

export function startProcess(label: string, script: string, port: number, env: Record<string, string>, logDir: string): BenchProcess {
  const log = createWriteStream(join(logDir, `${label}.log`));
  // BENCH_PROFILE=gateway,finance writes V8 CPU profiles of those processes next to their logs.
  const profiled = (process.env.BENCH_PROFILE ?? '').split(',').includes(label);
  const profile = profiled ? ['--cpu-prof', `--cpu-prof-dir=${join(logDir, 'profiles')}`] : [];
  const child = spawn(process.execPath, [...profile, '--require', PROBE, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return {
    label,
    child,
    port,
    stats: () =>
      new Promise((resolve, reject) => {
        if (exited) return reject(new Error(`${label} has exited; see ${join(logDir, `${label}.log`)}`));
        const timer = setTimeout(() => reject(new Error(`${label} did not answer the statistics probe`)), 5000);
        const onMessage = (message: ProbeReply) => {
          if (message?.type !== 'bench:stats') return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve({ statements: message.statements, setup: message.setup });
        };
        child.on('message', onMessage);
        child.send('bench:stats');
      }),
    rss: () => treeRss(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

export function treeRss(pid: number): number {
  return rssOf(pid) + childrenOf(pid).reduce((sum, c) => sum + treeRss(c), 0);
}

/** A GET of /health (ours) or any request the process answers with a 200 (the stock gateway). */
export type HealthCheck = (port: number) => Promise<boolean>;

export const healthRoute: HealthCheck = async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).ok;

export async function waitForHealth(proc: BenchProcess, timeoutMs: number, check: HealthCheck = healthRoute): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null = null;
  proc.child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`${proc.label} exited with ${exitCode} before answering; see its log`);
    try {
      if (await check(proc.port)) return;
    } catch {
      // not listening yet: a first start migrates and seeds the store
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.label} did not answer on port ${proc.port} within ${timeoutMs / 1000} s; see its log`);
}
