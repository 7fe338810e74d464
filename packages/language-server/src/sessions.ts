import { dirname, resolve } from "node:path";
import {
  configuredBundles,
  defaultConfig,
  findConfig,
  isInside,
  Linter,
  loadConfig,
  type PolicyBundle,
  type ResolvedConfig,
} from "@dpa-lint/core";
import { BUILTIN_POLICIES_DIR } from "@dpa-lint/core/policy";
import { PackIndex } from "./pack-index.js";
import type { ServerSettings } from "./settings.js";

/** A configuration in use: its linter (the Wasm loaded once) and what the editor features read. */
export interface Session {
  ok: true;
  /** The directory findings and the configuration's globs are relative to, as for the CLI run there. */
  cwd: string;
  /** The configuration file, when there is one. */
  configFile: string | undefined;
  config: ResolvedConfig;
  linter: Linter;
  bundles: PolicyBundle[];
  packs: PackIndex;
}

/** A configuration that could not be loaded: the error is shown on it, the server stays up. */
export interface FailedSession {
  ok: false;
  cwd: string;
  configFile: string | undefined;
  error: unknown;
}

/**
 * The configurations of the open files, found as the CLI finds them (the nearest .dpa-lint.yaml
 * above the file, or the one the settings name) and loaded once each; `clear` drops them when a
 * configuration or a pack changes on disk.
 */
export class Sessions {
  private readonly loaded = new Map<string, Promise<Session | FailedSession>>();

  constructor(
    private settings: ServerSettings,
    private folders: readonly string[],
  ) {}

  update(settings: ServerSettings, folders: readonly string[] = this.folders): void {
    this.settings = settings;
    this.folders = folders;
    this.clear();
  }

  clear(): void {
    this.loaded.clear();
  }

  /** The session that judges a file. */
  forFile(file: string): Promise<Session | FailedSession> {
    const folder = this.folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
    const configFile = this.settings.configFile
      ? resolve(this.folders[0] ?? dirname(file), this.settings.configFile)
      : findConfig(dirname(file));
    const cwd = folder ?? (configFile ? dirname(configFile) : dirname(file));
    const key = `${configFile ?? ""}\0${cwd}`;
    let session = this.loaded.get(key);
    if (!session) {
      session = this.load(cwd, configFile);
      this.loaded.set(key, session);
    }
    return session;
  }

  /** Every session loaded so far (the status shows the packs of the first). */
  all(): Array<Promise<Session | FailedSession>> {
    return [...this.loaded.values()];
  }

  private async load(cwd: string, configFile: string | undefined): Promise<Session | FailedSession> {
    try {
      const config = configFile ? loadConfig(configFile, cwd) : defaultConfig(cwd);
      const extra = { packs: this.settings.policies, option: "dpa-lint.policies", cwd: this.folders[0] ?? cwd };
      const bundles = configuredBundles(config, extra);
      const linter = await Linter.create({
        cwd,
        config,
        bundles,
        ...(this.settings.asOf ? { asOf: this.settings.asOf } : {}),
        inlineSuppressions: this.settings.inlineSuppressions,
      });
      const locations = [BUILTIN_POLICIES_DIR, ...config.policies, ...extra.packs.map((p) => resolve(extra.cwd, p))];
      return { ok: true, cwd, configFile, config, linter, bundles, packs: new PackIndex(bundles, locations, linter.legalData()) };
    } catch (error) {
      return { ok: false, cwd, configFile, error };
    }
  }
}
