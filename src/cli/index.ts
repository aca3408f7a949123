#!/usr/bin/env node
import { VERSION } from '../version.js';
import { main } from './main.js';

const exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
  env: process.env,
  cwd: process.cwd(),
  version: VERSION,
});
process.exitCode = exitCode;
