/**
 * Typed errors of the core. The core throws them and never prints or exits; the CLI and the
 * action turn them into one line naming the file and the field, and exit code 2.
 */
export class DpaLintError extends Error {
  /** The file the problem is in, when there is one. */
  readonly file: string | undefined;
  /** The field (dotted path) or rule the problem is about, when there is one. */
  readonly field: string | undefined;

  constructor(message: string, options: { file?: string; field?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.file = options.file;
    this.field = options.field;
  }

  /** The one-line form the CLI prints: `file: field: message`. */
  oneLine(): string {
    return [this.file, this.field, this.message].filter((p) => p !== undefined && p !== "").join(": ");
  }
}

/** The configuration file is unreadable or invalid. */
export class ConfigError extends DpaLintError {
  /** Where in the file each problem is (1-based), when the file was read: an editor marks them. */
  readonly problems: ReadonlyArray<{ line: number; column: number; message: string }>;

  constructor(
    message: string,
    options: {
      file?: string;
      field?: string;
      cause?: unknown;
      problems?: ReadonlyArray<{ line: number; column: number; message: string }>;
    } = {},
  ) {
    super(message, options);
    this.problems = options.problems ?? [];
  }
}
/** A policy bundle is missing, corrupt, or returns results outside the rule contract. */
export class PolicyError extends DpaLintError {}
/** A file or path named by the user cannot be read. */
export class InputError extends DpaLintError {}

/** opa-wasm throws strings and plain `{message}` objects as well as Errors (its Wasm
 * traps and OPA's builtin errors). */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  if (typeof thrown === "object" && thrown !== null && "message" in thrown) return String(thrown.message);
  return String(thrown);
}
