/** Types of plans.mjs. */
export function dynamoGlobalTablePlan(replica: unknown[]): Record<string, unknown>;
