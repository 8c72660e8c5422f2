#!/usr/bin/env node
// Entry point of the `kg` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { limitHeapGrowth } from '../dist/corpus/heap-growth.js';

// Before any worker thread starts: the setting is the process's, so the command sets it, not the library.
limitHeapGrowth();
const { main } = await import('../dist/cli/main.js');

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: Boolean(process.stderr.isTTY),
  env: process.env,
});
process.exitCode = code;
