/**
 * The terms of a filled-in DPA pack, as a compliance team writes them after `dpa-lint policy new`
 * (whose TODO placeholders fail until replaced): valid against the pack-terms schema, with one
 * listed sub-processor, Example Hosting SA.
 */
export function filledTerms(id: string): string {
  return `terms:
  title: ${id} data processing agreement
  governingLaw: BE
  hosting:
    allowed: [EEA]
    declared: null
  subprocessors:
    listed: true
    list:
      - name: Example Hosting SA
        country: FR
        mechanism: eea
  priorNotice: { value: 30, unit: days }
  objectionWindow: { value: 14, unit: days }
  breachNotification: { value: 48, unit: hours }
  audit:
    maxPerYear: 1
    notice: { value: 30, unit: days }
  retention: []
  specialCategories: []
  clauses:
    subprocessor-not-listed:
      clause: Annex 3
      quote: The processor engages only the sub-processors listed in Annex 3.
`;
}
