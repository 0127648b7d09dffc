/** R-CAR-04: an individual policy has only certificate 0; a group policy one per insured risk. */
export const POLICY_TYPE = { individual: 'INDIVIDUAL', group: 'COLECTIVA' } as const

export type PolicyType = (typeof POLICY_TYPE)[keyof typeof POLICY_TYPE]

export const POLICY_TYPES: readonly { label: string; value: PolicyType }[] = [
  { label: 'Póliza individual', value: POLICY_TYPE.individual },
  { label: 'Póliza colectiva', value: POLICY_TYPE.group },
]

export const isPolicyType = (value: unknown): value is PolicyType => POLICY_TYPES.some((t) => t.value === value)
