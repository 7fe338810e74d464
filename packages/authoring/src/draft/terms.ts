/**
 * The term finders, one per family of terms a DPA sets, each in a file of its own; what they
 * share (the found term, the context, the guards on a period's words) is in term-reading.ts.
 */
export type { Context, Found } from "./term-reading.js";
export { priorNotice, objectionWindow } from "./notice-terms.js";
export { breachNotification } from "./breach-terms.js";
export { auditLimit, auditNotice } from "./audit-terms.js";
export { governingLaw } from "./law-terms.js";
export { specialCategories } from "./category-terms.js";
export { hostingDeclared, hostingAllowed } from "./hosting-terms.js";
export { retention } from "./retention-terms.js";
export { distinctRetention } from "./retention-restated.js";
export { retentionTable } from "./retention-table.js";
