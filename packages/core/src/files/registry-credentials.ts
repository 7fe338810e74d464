/**
 * Registry credentials, as the tools that push and pull images find them: the environment first
 * (DPA_LINT_REGISTRY_USERNAME and DPA_LINT_REGISTRY_PASSWORD, for CI secrets), then the Docker
 * configuration `docker login` writes ($DOCKER_CONFIG/config.json, else ~/.docker/config.json:
 * `auths` by registry host, `auth` being base64 of user:password). Credential helpers
 * (credsStore, credHelpers) are programs dpa-lint does not run: such a registry is asked
 * anonymously, and refusing says so. Nothing here is ever printed.
 */
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface RegistryCredentials {
  username: string;
  password: string;
}

export function registryCredentials(registry: string, env: NodeJS.ProcessEnv = process.env): RegistryCredentials | undefined {
  const username = env.DPA_LINT_REGISTRY_USERNAME;
  const password = env.DPA_LINT_REGISTRY_PASSWORD;
  if (username && password) return { username, password };
  return dockerConfigCredentials(registry, env);
}

function dockerConfigCredentials(registry: string, env: NodeJS.ProcessEnv): RegistryCredentials | undefined {
  let config: { auths?: Record<string, { auth?: unknown; username?: unknown; password?: unknown }> };
  try {
    const dir = env.DOCKER_CONFIG ?? join(homedir(), ".docker");
    config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as typeof config;
  } catch {
    return undefined; // no Docker configuration, or not one dpa-lint can read: anonymous
  }
  const auths = config?.auths && typeof config.auths === "object" ? config.auths : {};
  // docker login writes the host; older versions and other tools wrote a URL.
  const entry = Object.entries(auths).find(([key]) => key.replace(/^https?:\/\//, "").replace(/\/.*$/, "") === registry)?.[1];
  if (!entry || typeof entry !== "object") return undefined;
  if (typeof entry.username === "string" && typeof entry.password === "string")
    return { username: entry.username, password: entry.password };
  if (typeof entry.auth !== "string") return undefined;
  const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
