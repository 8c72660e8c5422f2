// Where the Neo4j server is and how to log in: options, environment variables (NEO4J_*) and defaults; the driver.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Unset means the server's default database. */
  database?: string;
}

export const CONNECTION_DEFAULTS = { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'neo4j' } as const;

/** Explicit values win over NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, which win over the defaults. */
export function resolveConnection(explicit: Partial<Neo4jConnection>, env: NodeJS.ProcessEnv): Neo4jConnection {
  const database = explicit.database ?? env.NEO4J_DATABASE;
  return {
    uri: explicit.uri ?? env.NEO4J_URI ?? CONNECTION_DEFAULTS.uri,
    user: explicit.user ?? env.NEO4J_USER ?? CONNECTION_DEFAULTS.user,
    password: explicit.password ?? env.NEO4J_PASSWORD ?? CONNECTION_DEFAULTS.password,
    ...(database ? { database } : {}),
  };
}

export interface DriverOptions {
  /** How long managed transactions keep retrying transient failures before giving up (driver default 30 s). */
  maxRetryMs?: number;
}

export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxTransactionRetryTime: options.maxRetryMs ?? 30_000,
    connectionTimeout: 10_000,
    disableLosslessIntegers: true,
  });
}
