// The action's entrypoint (action.yml runs the bundle of this file): all logic is in main.ts,
// which @github/local-action runs directly in the tests.
import { run } from "./main.js";

await run();
