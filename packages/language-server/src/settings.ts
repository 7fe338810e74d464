/**
 * The server's settings (protocol.ts lists the ones a client gives): the CLI's options that make sense in an editor, given as the client's
 * `initializationOptions` (and again by `workspace/didChangeConfiguration`). Unknown keys are
 * ignored, a wrong type is reported once and the default used: an editor setting never kills
 * the server.
 */
export interface ServerSettings {
  /** The day whose legal facts judge the setups (`lint --as-of`), YYYY-MM-DD. */
  asOf?: string;
  /** A configuration file to use instead of the nearest .dpa-lint.yaml (`lint --config`). */
  configFile?: string;
  /** Policy packs to load besides the configuration's (`lint --policy`). */
  policies: string[];
  /** Honour `# dpa-lint-disable-...` comments (`--no-inline-suppressions` is false). */
  inlineSuppressions: boolean;
  /** Fewest milliseconds between two lints of one document while it is being typed in. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { policies: [], inlineSuppressions: true, debounceMs: 100 };

/** The settings from a client's options over `base` (the server's command-line options), and what was wrong with them. */
export function readSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): { settings: ServerSettings; problems: string[] } {
  const settings: ServerSettings = { ...base, policies: [...base.policies] };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) return { settings, problems: ["the settings must be an object"] };
  const o = raw as Record<string, unknown>;
  const text = (key: "asOf" | "configFile"): void => {
    const v = o[key];
    if (v === undefined || v === null || v === "") return;
    if (typeof v === "string") settings[key] = v;
    else problems.push(`${key} must be a string`);
  };
  text("asOf");
  text("configFile");
  if (o.policies !== undefined && o.policies !== null) {
    if (Array.isArray(o.policies) && o.policies.every((p) => typeof p === "string")) settings.policies = o.policies;
    else problems.push("policies must be a list of paths");
  }
  if (o.inlineSuppressions !== undefined) {
    if (typeof o.inlineSuppressions === "boolean") settings.inlineSuppressions = o.inlineSuppressions;
    else problems.push("inlineSuppressions must be true or false");
  }
  if (o.debounceMs !== undefined) {
    if (typeof o.debounceMs === "number" && Number.isFinite(o.debounceMs) && o.debounceMs >= 0) settings.debounceMs = o.debounceMs;
    else problems.push("debounceMs must be a number of milliseconds");
  }
  return { settings, problems };
}
