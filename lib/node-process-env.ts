/**
 * Environment that every Node process of the graph is started with by `npm start` and the
 * benchmark; the Dockerfile sets the same for the image. A value already in the environment wins.
 *
 * MALLOC_ARENA_MAX=2: glibc gives threads that allocate their own malloc arenas, up to eight per
 * core, and an arena keeps what is freed in it rather than returning it to the system. V8's
 * background threads (concurrent marking, compilation) allocate in theirs, so a busy process's
 * memory outside the V8 heap crept up: in the benchmark's 10-minute soak the gateway's grew by
 * about 12 MiB with glibc's default and stayed flat with two arenas.
 */
export function nodeProcessEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}
