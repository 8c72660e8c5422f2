// Every `kg` subcommand, in the order `kg --help` lists them.
import type { CliCommand } from '../command.js';
import { evalCommand } from './eval.js';

export const COMMANDS: CliCommand[] = [evalCommand];
