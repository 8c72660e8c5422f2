#!/usr/bin/env node
// Entry point of the `kg` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { setCorpusBuildFlags } from '../dist/corpus/v8-flags.js';

// Before any worker thread starts: the settings are the process's, so the command sets them, not the library.
setCorpusBuildFlags();
const { main } = await import('../dist/cli/main.js');

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: Boolean(process.stderr.isTTY),
  env: process.env,
});
process.exitCode = code;
