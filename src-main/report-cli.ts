import { runCli } from './transport/cli';

/** `npm run report`: see transport/cli.ts. */
process.exitCode = await runCli(process.argv.slice(2), process);
