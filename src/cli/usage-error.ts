// A usage error: the command line itself is wrong.
import { KgError } from '../errors.js';

export function usageError(command: string, message: string): KgError {
  return new KgError('USAGE', message, { hint: `Run \`kg ${command} --help\` for its options and examples.` });
}
