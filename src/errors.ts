// The project's error typology: each error has a code, says what failed and how to fix it.
import type { z } from 'zod';

export type ErrorCode =
  | 'USAGE'
  | 'INPUT_MISSING'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_MALFORMED'
  | 'NO_ARTICLES'
  | 'SCHEMA_INVALID'
  | 'OUTPUT_FAILED'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_DATABASE'
  | 'NEO4J_FAILED';

export class KgError extends Error {
  override readonly name: string = 'KgError';
  readonly code: ErrorCode;
  /** What the user can do about it; printed after the message. */
  readonly hint: string | undefined;
  /** The file (or URI) the problem is about, when there is one. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; subject?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.subject = options.subject;
  }
}

/** A problem with one input file: it is reported and skipped in a directory run. */
export class InputError extends KgError {
  override readonly name = 'InputError';
}

/** A document that does not match the GraphDocument schema. */
export class SchemaError extends KgError {
  override readonly name = 'SchemaError';
  readonly issues: readonly string[];

  constructor(subject: string, issues: readonly string[]) {
    super('SCHEMA_INVALID', `${subject}: not a valid GraphDocument:\n  ${issues.join('\n  ')}`, {
      subject,
      hint: 'Produce the file with `kg extract` or `kg build`, or fix the field named above.',
    });
    this.issues = issues;
  }
}

export class Neo4jError extends KgError {
  override readonly name = 'Neo4jError';
  /** The driver's error code, kept so callers can tell transient failures apart. */
  readonly driverCode: string | undefined;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: { hint?: string; subject?: string; cause?: unknown; driverCode?: string; retriable?: boolean }) {
    super(code, message, options);
    this.driverCode = options.driverCode;
    this.retriable = options.retriable ?? false;
  }
}

/** Formats zod issues as "path.to.field: message" lines. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}
