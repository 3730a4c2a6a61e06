import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoryReply, ProbeQuestion, StatsReply } from './probe';

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
  /** The V8 heap of the process itself (not its workers), from its probe. */
  memory(): Promise<MemoryReply>;
  /** A full garbage collection in the process; its memory after it (the live heap). */
  collectGarbage(): Promise<MemoryReply>;
  /** Writes a heap snapshot of the process to `path` (after a full collection); the heap after it. */
  heapSnapshot(path: string): Promise<MemoryReply>;
  /** Resident memory of the process and its children (cluster workers), in bytes, from /proc. */
  rss(): number;
  /** CPU time (user + system) the process and its children have used so far, ms, from /proc. */
  cpuMs(): number;
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
  let asked = 0;
  /** Asks the process's probe (bench/probe.ts) and waits for the answer with the question's id. */
  const ask = <T extends StatsReply | MemoryReply>(question: ProbeQuestion, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(`${label} has exited; see ${join(logDir, `${label}.log`)}`));
      const id = (asked += 1);
      const timer = setTimeout(() => {
        child.off('message', onMessage);
        reject(new Error(`${label} did not answer the probe (${question.type})`));
      }, timeoutMs);
      const onMessage = (message: { probe?: T }) => {
        if (message?.probe?.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message.probe);
      };
      child.on('message', onMessage);
      child.send({ ...question, id });
    });
  return {
    label,
    child,
    port,
    stats: () => ask<StatsReply>({ type: 'stats' }, 5000).then(({ statements, setup }) => ({ statements, setup })),
    memory: () => ask<MemoryReply>({ type: 'memory' }, 5000),
    collectGarbage: () => ask<MemoryReply>({ type: 'gc' }, 30_000),
    heapSnapshot: (path) => ask<MemoryReply>({ type: 'heapsnapshot', path }, 120_000),
    rss: () => treeRss(child.pid!),
    cpuMs: () => treeCpuMs(child.pid!),
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

/** Clock ticks per second of /proc/<pid>/stat: USER_HZ, 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of one process, ms (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export function treeCpuMs(pid: number): number {
  return cpuMsOf(pid) + childrenOf(pid).reduce((sum, c) => sum + treeCpuMs(c), 0);
}

/** The database server's process, when it runs on this machine (found by name in /proc). */
export function findProcess(name: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
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
