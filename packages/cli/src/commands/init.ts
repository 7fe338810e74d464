import { existsSync } from "node:fs";
import { join } from "node:path";
import { writeFileSafely } from "@dpa-lint/core";
import { parseCommandArgs } from "../args.js";
import { EXIT, type Io } from "../io.js";
import { UsageError } from "../usage-error.js";

export const initHelp = `Usage: dpa-lint init [--force]

Write a starter .dpa-lint.yaml and one example vendor file, vendors/example-vendor.yaml, in the
current directory. Existing files are left alone unless --force is given.
`;

/** The schemas editors validate and complete with (yaml-language-server reads the modeline). */
const SCHEMAS = "https://raw.githubusercontent.com/dpa-lint/dpa-lint/main/schemas";

const CONFIG = `# yaml-language-server: $schema=${SCHEMAS}/config.schema.json
# dpa-lint configuration: https://github.com/dpa-lint/dpa-lint/blob/main/docs/configuration.md
include: [vendors]
# exclude: ["vendors/archive/**"]
# Terraform whose deployments are judged against the vendor setups (docs/infrastructure.md):
# infrastructure: [infra]

# The organisation's own policy, on top of the DPAs and the GDPR.
org:
  allowedCountries: [EEA, adequacy] # ISO codes, or the groups EEA and adequacy
  minObjectionWindow: 10 days
  maxBreachNotification: 48 hours
  maxRetention:
    default: 3 years

# Change a rule's severity, or switch it off: error | warning | info | off
# rules:
#   gdpr/retention-missing: info
`;

const VENDOR = `# yaml-language-server: $schema=${SCHEMAS}/vendor-setup.schema.json
# One file per vendor: where it hosts your data, its sub-processors, retention and the terms you
# signed. dpa-lint checks it against the policy pack named in "dpa" (dpa-lint rules lists them).
apiVersion: dpa-lint/v1.1
kind: VendorSetup
metadata:
  name: example-vendor
  owner: team-platform
vendor:
  name: Quicktalk
  country: FR
dpa: quicktalk
processing:
  purposes: [customer support calls] # the record of processing (dpa-lint report ropa) lists them
  dataCategories: [call-logs]
  specialCategories: []
  dataSubjects: [customers]
hosting:
  - provider: scaleway
    region: fr-par
subprocessors:
  - name: Scaleway
    country: FR
retention:
  call-logs: 12 months
contract:
  objectionWindow: 10 working days
  renewal: 2027-01-01 # the DPA's renewal, in the contract calendar (dpa-lint report calendar)
`;

export function initCommand(args: string[], io: Io): number {
  const { values } = parseCommandArgs({ args, options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.stdout(initHelp);
    return EXIT.ok;
  }
  const files: Array<[string, string]> = [
    [".dpa-lint.yaml", CONFIG],
    [join("vendors", "example-vendor.yaml"), VENDOR],
  ];
  const existing = files.filter(([name]) => existsSync(join(io.cwd, name))).map(([name]) => name);
  if (existing.length > 0 && !values.force) throw new UsageError(`${existing.join(", ")} already exists; use --force to overwrite`);
  for (const [name, text] of files) {
    writeFileSafely(join(io.cwd, name), text, { display: name, cwd: io.cwd });
    io.stdout(`created ${name}\n`);
  }
  io.stdout("Next: edit vendors/example-vendor.yaml, then run dpa-lint lint\n");
  return EXIT.ok;
}
