/**
 * What a client needs to know of the server, with no dependency (the VS Code extension bundles
 * this file alone): the status notification, the settings, and the files to watch.
 */

/** The notification that tells the client what judges the open files (the VS Code status item). */
export const STATUS_NOTIFICATION = "dpa-lint/status";

export interface Status {
  /** The configuration file in use, if any. */
  configFile?: string;
  /** The DPA packs loaded. */
  packs: string[];
  /** The day whose legal facts apply, and the version of those facts. */
  asOf?: string;
  legalFacts?: { version?: string; reviewed?: string };
  /** Why the configuration could not be used, when it could not. */
  error?: string;
}

/**
 * The settings an editor gives (initializationOptions, and `workspace/didChangeConfiguration`
 * under the `dpa-lint` section): the CLI's options that make sense while typing.
 */
export const SETTING_KEYS = ["asOf", "configFile", "policies", "inlineSuppressions", "debounceMs"] as const;

/** Files whose change on disk changes what the open files are judged by: configurations and packs. */
export const WATCHED_GLOBS = ["**/.dpa-lint.{yaml,yml}", "**/data.yaml", "**/*.rego", "**/bundle.tar.gz"];
