// `policy new ID --npm`: a pack as an npm package, for teams that share packs through a registry.
// The package ships a signed bundle (docs/sharing-packs.md); repositories install it and name it
// `npm:<package>` with the public key in their .dpa-lint.yaml.
import { join, relative } from "node:path";
import { InputError, lstatOr, VERSION } from "@dpa-lint/core";
import { checkPackId, scaffoldPack, writeScaffold } from "./scaffold.js";

/** Writes the package into `dir`: its manifest, README, .gitignore, and the pack under policies/. */
export function scaffoldNpmPack(id: string, dir: string, cwd: string): string[] {
  checkPackId(id);
  if (lstatOr(join(dir, "package.json")))
    throw new InputError("already holds a package.json; choose another --dir", { file: relative(cwd, dir) || "." });
  const name = `dpa-pack-${id}`;
  const files: Record<string, string> = {
    "package.json": `${JSON.stringify(manifest(name, id), null, 2)}\n`,
    "README.md": readme(name, id),
    ".gitignore": "bundle/\nnode_modules/\n*.tgz\n",
  };
  // The pack first: it refuses an existing pack before the package's files are written.
  const pack = scaffoldPack(id, join(dir, "policies"), cwd);
  return [...writeScaffold(dir, files, cwd), ...pack];
}

/**
 * The manifest: `dpa-lint.pack` names the bundle the package ships; `npm test` checks and tests
 * the pack; `npm run build` builds and signs it with the key in DPA_LINT_SIGN_KEY (a file), and
 * `npm run release` publishes only a tested, signed build (prepack runs both).
 */
function manifest(name: string, id: string): Record<string, unknown> {
  return {
    name,
    version: "0.1.0",
    description: `dpa-lint policy pack for the ${id} DPA, as a signed bundle`,
    license: "UNLICENSED",
    files: ["bundle", "README.md"],
    "dpa-lint": { pack: "bundle" },
    scripts: {
      test: "dpa-lint policy check policies && dpa-lint policy test policies",
      build: 'dpa-lint policy build policies -o bundle --sign-key "${DPA_LINT_SIGN_KEY:?set DPA_LINT_SIGN_KEY to the private key file}"',
      prepack: "npm test && npm run build",
      release: "npm publish",
    },
    devDependencies: { "@dpa-lint/cli": `^${VERSION}` },
  };
}

function readme(name: string, id: string): string {
  return `# ${name}

The ${id} DPA as a dpa-lint policy pack, shipped as a signed bundle.

## For the pack's authors

1. Fill in \`policies/dpa/${id}/data.yaml\` from the signed DPA (\`dpa-lint policy check policies\`
   lists what is left), and add fixture tests under \`policies/dpa/${id}/tests/\`.
2. \`npm test\` checks the terms and runs the tests.
3. Keep the private key out of the repository; publish the public key:
   \`openssl genrsa -out ${id}.key 3072 && openssl rsa -in ${id}.key -pubout -out ${id}.pem\`
4. \`DPA_LINT_SIGN_KEY=${id}.key npm run release\` tests, builds, signs and publishes
   (rename the package to your scope first, e.g. \`@acme/${name}\`).

## For the repositories that use it

\`\`\`sh
npm install --save-dev ${name}
\`\`\`

\`\`\`yaml
# .dpa-lint.yaml
policies:
  - path: npm:${name}
    verify: keys/${id}.pem   # the authors' public key, committed
\`\`\`

A bundle that does not verify with the key is refused, so a lockfile change in a pull request
cannot swap the pack. Every report names the package, its version and digest.
`;
}
