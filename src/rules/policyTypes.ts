/** R-CAR-04: an individual policy has only certificate 0; a group policy one per insured risk. */
export const POLICY_TYPES = [
  { label: 'Póliza individual', value: 'INDIVIDUAL' },
  { label: 'Póliza colectiva', value: 'COLECTIVA' },
] as const

export type PolicyType = (typeof POLICY_TYPES)[number]['value']
