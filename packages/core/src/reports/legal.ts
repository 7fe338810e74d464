/** The dated legal facts the reports read: the bundle's legal data (policies/lib/legal/data.yaml). */
export interface LegalData {
  version?: string;
  reviewed?: string;
  eea?: Record<string, { from?: string; until?: string }>;
}

/** Whether a country is inside the EEA on a day (YYYY-MM-DD), by the same dated table the policies use. */
export function inEea(country: string, day: string, legal: LegalData): boolean {
  const span = legal.eea?.[country];
  return span !== undefined && (span.from === undefined || span.from <= day) && (span.until === undefined || day <= span.until);
}
