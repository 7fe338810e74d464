// What in a policy directory is not policy: opa loads every .json/.yaml it finds as data, so the
// capabilities file, and tests for the bundle, must be ignored explicitly by build and test.
export const NOT_DATA = ["capabilities.json", "catalogue.json", "*.md"];
export const ignoreArgs = (extra = []) => [...NOT_DATA, ...extra].flatMap((p) => ["--ignore", p]);
