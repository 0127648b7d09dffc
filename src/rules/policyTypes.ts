import { closedList } from './options'

/** R-CAR-04: an individual policy has only certificate 0; a group policy one per insured risk. */
export const { values: POLICY_TYPE, options: POLICY_TYPES } = closedList({
  individual: ['INDIVIDUAL', 'Póliza individual'],
  group: ['COLECTIVA', 'Póliza colectiva'],
})

export const isPolicyType = (value: unknown): boolean => POLICY_TYPES.some((t) => t.value === value)
