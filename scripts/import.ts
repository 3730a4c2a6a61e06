import { KINDS } from './import/kinds';
import { ImportCliError } from './import/errors';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, runImportCli } from './import/run';

/**
 * `npm run import -- <ledger|payments> FILE.csv [--url URL] [--token TOKEN] [--batch-size N]
 * [--concurrency N]` (token also from SUPERVISION_TOKEN). See scripts/import/run.ts and the
 * README's "Importing".
 */
const USAGE =
  'usage: npm run import -- <ledger|payments> FILE.csv [--url http://localhost:4000/graphql] [--token TOKEN]\n' +
  `       [--batch-size ${DEFAULT_BATCH_SIZE}] [--concurrency ${DEFAULT_CONCURRENCY}] (the token may also be given as SUPERVISION_TOKEN)`;

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ImportCliError(`--${name} needs a value`);
      flags[name] = value;
    } else positional.push(arg);
  }
  return { positional, flags };
}

async function main(): Promise<number> {
  let options;
  try {
    const { positional, flags } = parseArgs(process.argv.slice(2));
    const unknown = Object.keys(flags).filter((f) => !['url', 'token', 'batch-size', 'concurrency'].includes(f));
    if (unknown.length) throw new ImportCliError(`unknown option(s): ${unknown.map((f) => `--${f}`).join(', ')}`);
    const [kindName, file] = positional;
    const kind = KINDS[kindName ?? ''];
    if (!kind || !file || positional.length !== 2) throw new ImportCliError('give a kind (ledger or payments) and one CSV file');
    const batchSize = Number(flags['batch-size'] ?? DEFAULT_BATCH_SIZE);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) throw new ImportCliError('--batch-size must be a whole number from 1 to 5000');
    const concurrency = Number(flags.concurrency ?? DEFAULT_CONCURRENCY);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new ImportCliError('--concurrency must be a whole number from 1 to 16');
    options = {
      kind,
      file,
      url: flags.url ?? 'http://localhost:4000/graphql',
      token: flags.token ?? process.env.SUPERVISION_TOKEN,
      batchSize,
      concurrency,
    };
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!options.token) process.stderr.write('No token given (--token or SUPERVISION_TOKEN): the gateway will refuse the import.\n');
  try {
    await runImportCli(options, { stdout: process.stdout, stderr: process.stderr });
    return 0;
  } catch (err) {
    if (!(err instanceof ImportCliError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
