/**
 * The dated legal facts as TypeScript reads them (policies/lib/legal/data.yaml, in every bundle's
 * data at lib.legal): the same records the policies judge by, read with the same rule
 * (lib/countries.rego `in_force`): a record applies from its `from` to its `until`, both included.
 */
export interface DatedRecord {
  from?: string;
  until?: string;
}

export interface LegalData {
  version?: string;
  reviewed?: string;
  eea?: Record<string, DatedRecord & { part_of?: string; note?: string }>;
  adequacy?: Record<string, Array<DatedRecord & { decision?: string; adopted?: string; scope?: string; only?: string }>>;
}

/** Whether a dated record applies on a day (YYYY-MM-DD; ISO dates compare as strings). */
export function inForce(record: DatedRecord, day: string): boolean {
  return (record.from === undefined || record.from <= day) && (record.until === undefined || day <= record.until);
}

/** Whether a country is inside the EEA on a day. */
export function inEea(country: string, day: string, legal: LegalData): boolean {
  const span = legal.eea?.[country];
  return span !== undefined && inForce(span, day);
}
