import { KINDS } from './import/kinds';
import { ImportCliError } from './import/errors';
import { runImportCli } from './import/run';

/**
 * `npm run import -- <ledger|payments> FILE.csv [--url URL] [--token TOKEN] [--batch-size N]`
 * (token also from SUPERVISION_TOKEN). See scripts/import/run.ts and the README's "Importing".
 */
const USAGE =
  'usage: npm run import -- <ledger|payments> FILE.csv [--url http://localhost:4000/graphql] [--token TOKEN] [--batch-size 500]\n' +
  '       (the token may also be given as SUPERVISION_TOKEN)';

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
    const unknown = Object.keys(flags).filter((f) => !['url', 'token', 'batch-size'].includes(f));
    if (unknown.length) throw new ImportCliError(`unknown option(s): ${unknown.map((f) => `--${f}`).join(', ')}`);
    const [kindName, file] = positional;
    const kind = KINDS[kindName ?? ''];
    if (!kind || !file || positional.length !== 2) throw new ImportCliError('give a kind (ledger or payments) and one CSV file');
    const batchSize = Number(flags['batch-size'] ?? 500);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) throw new ImportCliError('--batch-size must be a whole number from 1 to 5000');
    options = {
      kind,
      file,
      url: flags.url ?? 'http://localhost:4000/graphql',
      token: flags.token ?? process.env.SUPERVISION_TOKEN,
      batchSize,
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
