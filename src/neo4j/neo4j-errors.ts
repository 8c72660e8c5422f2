// Turns driver errors into Neo4jError: one line naming the URI and what failed, a hint saying what to check.
import { Neo4jError } from '../errors.js';

interface DriverError {
  code?: string;
  message?: string;
  retriable?: boolean;
}

export interface ErrorContext {
  uri: string;
  database?: string;
  /** What was being done, e.g. "loading the graph". */
  action: string;
}

export function toNeo4jError(error: unknown, context: ErrorContext): Neo4jError {
  if (error instanceof Neo4jError) return error;
  const { code, message = String(error), retriable } = (error ?? {}) as DriverError;
  const where = context.uri;
  const database = context.database ?? '(default)';
  const base = { subject: where, cause: error, ...(code ? { driverCode: code } : {}), retriable: retriable ?? false };
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jError('NEO4J_AUTH', `${where}: authentication failed while ${context.action} (${firstLine(message)})`, {
      ...base,
      hint: 'Check --user/--password (or NEO4J_USER/NEO4J_PASSWORD).',
    });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jError('NEO4J_DATABASE', `${where}: database "${database}" does not exist`, {
      ...base,
      hint: 'Check --database (or NEO4J_DATABASE); Neo4j Community has one user database, "neo4j".',
    });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|connection.*(closed|lost)/i.test(message)) {
    return new Neo4jError('NEO4J_UNAVAILABLE', `${where}: Neo4j is not reachable while ${context.action} (${rootCause(message)})`, {
      ...base,
      hint: 'Check that the server is running (`npm run neo4j:start` or `docker compose up -d neo4j`) and the --uri; a load cut short is safe to re-run.',
    });
  }
  return new Neo4jError('NEO4J_FAILED', `${where}: Neo4j failed while ${context.action}: ${firstLine(message)}${code ? ` [${code}]` : ''}`, {
    ...base,
    hint: 'Check the server log; re-running the load is safe (loads are idempotent).',
  });
}

/** The driver's connection messages end with the socket error ("Caused by: connect ECONNREFUSED ..."): keep that. */
function rootCause(message: string): string {
  return /Caused by: (.*)$/s.exec(message)?.[1]?.trim() ?? firstLine(message);
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
