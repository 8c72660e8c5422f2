// Every `kg` subcommand, in the order `kg --help` lists them.
import type { CliCommand } from '../command.js';
import { buildCommand } from './build.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { loadCommand } from './load.js';
import { exportCommand } from './export.js';
import { statsCommand } from './stats.js';
import { viewCommand } from './view.js';

export const COMMANDS: CliCommand[] = [extractCommand, buildCommand, evalCommand, viewCommand, statsCommand, exportCommand, loadCommand];
