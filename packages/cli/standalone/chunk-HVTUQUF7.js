import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
import {
  loadPolicyPacks,
  resolveConfig,
  withBuiltinBundle
} from "./chunk-JYOOLSWZ.js";

// packages/cli/src/bundles.ts
function loadBundles(policies, io, config = resolveConfig(io.cwd)) {
  const fromConfig = loadPolicyPacks(config.policies, io.cwd, `${config.file ?? ".dpa-lint.yaml"}: policies`, io.env);
  return withBuiltinBundle([...fromConfig, ...loadPolicyPacks(policies ?? [], io.cwd, "--policy", io.env)]);
}
var POLICY_OPTION = { policy: { type: "string", multiple: true } };

export {
  loadBundles,
  POLICY_OPTION
};
