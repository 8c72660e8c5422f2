// The shape of one `kg` subcommand: its help text, its options, and a run function that returns the exit code.
import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal: progress bars only then. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export interface CliCommand {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  /** The whole `kg NAME --help` text: usage, what it does, options, examples. */
  help: string;
  options: OptionSpec;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** Exit codes: 0 done, 1 failed, 2 usage error, 3 done but some inputs were skipped. */
export const EXIT = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;
