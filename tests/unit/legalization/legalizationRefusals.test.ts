import { describe, expect, it } from 'vitest'

import { assertLegalizationEditable } from '@/rules/legalization/confirmation'
import { assertManualRegistrationComplete } from '@/rules/legalization/manualLegalization'
import { violationOf } from '../helpers/violationOf'

const complete = {
  holderIdType: 'CC',
  holderIdNumber: '1020304050',
  holderName: 'Ana Pérez',
  policyType: 'INDIVIDUAL',
  lineOfBusiness: 'AU-TOTAL-CAR',
  manualPolicyNumber: 'P-77',
}

describe('R-LEG-04 the manual flow registers the policyholder and the policy', () => {
  it('R-LEG-04 a complete registration passes', () => {
    expect(() => assertManualRegistrationComplete(complete)).not.toThrow()
  })

  it('R-LEG-04 lists every missing item and sits on the first missing field', () => {
    const refusal = violationOf(() => assertManualRegistrationComplete({ ...complete, holderName: '   ', lineOfBusiness: null, manualPolicyNumber: '' }))
    expect(refusal).toMatchObject({
      ruleId: 'R-LEG-04',
      status: 400,
      path: 'holderName',
      message: 'Flujo manual: faltan nombre completo del tomador, ramo, número de póliza.',
    })
    expect(violationOf(() => assertManualRegistrationComplete({})).path).toBe('holderIdType')
  })
})

describe('R-LEG-05 a confirmed legalization is a record', () => {
  it('R-LEG-05 a draft may change; a confirmed one may not', () => {
    expect(() => assertLegalizationEditable('BORRADOR')).not.toThrow()
    expect(() => assertLegalizationEditable(undefined)).not.toThrow()
    expect(violationOf(() => assertLegalizationEditable('CONFIRMADA'))).toMatchObject({
      ruleId: 'R-LEG-05',
      status: 409,
      message: 'La legalización ya fue confirmada y no se modifica.',
    })
  })
})
