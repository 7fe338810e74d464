// node bench/generate.mjs <count> <dir> [--violating 0.2]
// Writes <count> realistic vendor setups spread over the five DPA packs; a known share (default
// 20%) violates one obligation each. Deterministic: the same count gives the same files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const PACKS = {
  quicktalk: {
    hosting: [
      "  - provider: scaleway\n    region: fr-par\n    purpose: databases and call recordings",
      "  - country: France\n    purpose: telecom servers",
    ],
    subs: [
      "  - name: Scaleway\n    country: FR",
      "  - name: Sendinblue (Brevo)\n    country: FR",
      "  - name: BICS\n    country: BE",
      "  - name: Orange\n    country: FR",
    ],
    categories: { "call-logs": "12 months", "call-recordings": "90 days", "crm-contacts": "3 years" },
    contract: "  objectionWindow: 10 working days\n  priorNotice: 10 working days\n  auditsPerYear: 1\n  auditNotice: 60 days",
  },
  mintt: {
    hosting: ["  - provider: digitalocean\n    region: fra1"],
    subs: ["  - name: DigitalOcean\n    country: DE\n    transferMechanism: scc", "  - name: Ecritel\n    country: FR"],
    categories: { "3d-data": "1 month", logs: "30 days", "admin-accounts": "6 months" },
    contract: "  priorNotice: 1 month",
  },
  septeo: {
    hosting: ["  - provider: ovh\n    region: rbx"],
    subs: ["  - name: OVHcloud\n    country: FR", "  - name: IONOS\n    country: FR"],
    categories: { prospecting: "3 years", "contract-management": "5 years" },
    contract: "  auditsPerYear: 1\n  auditNotice: 30 days",
  },
  geniebelt: {
    hosting: ["  - provider: aws\n    region: eu-west-1"],
    subs: [],
    categories: { contacts: "2 years" },
    contract: "  objectionWindow: 7 days\n  priorNotice: 30 days",
  },
  easi: {
    hosting: ["  - country: BE\n    purpose: Cloud2be"],
    subs: [],
    categories: { "database-copies": "3 months" },
    contract: "  breachNotification: 24 hours",
  },
};

/** One obligation broken per violating file, cycling through the families. */
const VIOLATIONS = [
  (s) => s.replace("hosting:\n", "hosting:\n  - provider: aws\n    region: us-east-1\n"),
  (s) => s.replace("subprocessors:\n", "subprocessors:\n  - name: Acme Analytics Inc\n    country: US\n"),
  (s) => s.replace(/retention:\n {2}([\w-]+): [^\n]+/, "retention:\n  $1: 10 years"),
  (s) =>
    s.includes("breachNotification")
      ? s.replace(/breachNotification: [^\n]+/, "breachNotification: 5 days")
      : s.replace("contract:\n", "contract:\n  breachNotification: 5 days\n"),
];

function setup(i, pack, violating) {
  const p = PACKS[pack];
  const retention = Object.entries(p.categories)
    .map(([c, d]) => `  ${c}: ${d}`)
    .join("\n");
  let text = `# Generated for the benchmark: vendor ${i}
apiVersion: dpa-lint/v1
kind: VendorSetup
metadata:
  name: bench-${pack}-${i}
  owner: team-${i % 17}
vendor:
  name: ${pack} ${i}
dpa: ${pack}
processing:
  dataCategories: [${Object.keys(p.categories).join(", ")}]
  specialCategories: []
  dataSubjects: [customers, staff]
hosting:
${p.hosting.join("\n")}
subprocessors:
${p.subs.join("\n")}${p.subs.length ? "\n" : ""}retention:
${retention}
contract:
${p.contract}
`;
  if (violating) text = VIOLATIONS[i % VIOLATIONS.length](text);
  return text;
}

export function generate(count, dir, share = 0.2) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const packs = Object.keys(PACKS);
  let violating = 0;
  for (let i = 0; i < count; i++) {
    // Every 1/share-th file violates: a known, exact share.
    const bad = share > 0 && Math.floor((i + 1) * share) > Math.floor(i * share);
    if (bad) violating++;
    writeFileSync(join(dir, `vendor-${String(i).padStart(5, "0")}.yaml`), setup(i, packs[i % packs.length], bad));
  }
  return { files: count, violating };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { violating: { type: "string", default: "0.2" } } });
  const [count = "100", dir = "bench/corpus/100"] = positionals;
  console.log(generate(Number(count), dir, Number(values.violating)));
}
