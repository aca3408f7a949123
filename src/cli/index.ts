#!/usr/bin/env node
import { VERSION } from '../version.js';
import { main } from './main.js';

// `ci-ledger report | head`: a closed pipe is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  env: process.env,
  cwd: process.cwd(),
  version: VERSION,
});
process.exitCode = exitCode;
