// The `kg` command line: parses arguments, dispatches to a subcommand, turns errors into one-line messages.
import { parseArgs } from 'node:util';
import { KgError } from '../errors.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';
import { COMMANDS } from './commands/index.js';

const OVERVIEW = `kg: builds a knowledge graph from English news articles

Reads articles (plain text with the headline on the first line), finds the people, countries,
cities, regions and organisations they name and what the text says about them (visits, meetings,
trade, quotes, jobs, leadership, locations), and writes the graph as JSON, GraphML, an HTML view,
or into Neo4j.

Usage: kg <command> [options]

Commands:
${'{commands}'}

Run \`kg <command> --help\` for a command's options and examples.

Examples:
  kg extract seeds/rok-leader-state-visit-china.txt        print one article's graph as JSON
  kg build seeds --out out                                  build the corpus graph into out/
`;

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return OVERVIEW.replace('{commands}', COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n'));
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? topic.help : overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${await packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`kg: unknown command "${name}"\nRun \`kg --help\` for the list of commands.\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help);
    return EXIT.ok;
  }
  let args;
  try {
    args = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`kg ${command.name}: ${(error as Error).message}\nRun \`kg ${command.name} --help\` for its options.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args as Parameters<CliCommand['run']>[0], io);
  } catch (error) {
    return reportError(command, error, io);
  }
}

function reportError(command: CliCommand, error: unknown, io: CliIo): number {
  if (error instanceof KgError) {
    io.stderr.write(`kg ${command.name}: ${error.message}\n`);
    if (error.hint) io.stderr.write(`  hint: ${error.hint}\n`);
    return error.code === 'USAGE' ? EXIT.usage : EXIT.failed;
  }
  // Unknown errors are bugs: print them whole, with their cause, so they can be reported.
  io.stderr.write(`kg ${command.name}: unexpected error\n`);
  io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  const cause = (error as Error)?.cause;
  if (cause) io.stderr.write(`caused by: ${(cause as Error)?.stack ?? String(cause)}\n`);
  return EXIT.failed;
}

async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
