// Every `kg` subcommand, in the order `kg --help` lists them.
import type { CliCommand } from '../command.js';

export const COMMANDS: CliCommand[] = [];
