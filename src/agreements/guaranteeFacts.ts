import type { PayloadRequest } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Guarantee, Party } from '@/payload-types'

/** The guarantee as it will be stored: what is sent over what was stored, groups field by field. */
export const mergedGuarantee = (data: Partial<Guarantee>, originalDoc?: Partial<Guarantee>): Partial<Guarantee> => ({
  ...originalDoc,
  ...data,
  appraisal: { ...originalDoc?.appraisal, ...data.appraisal },
  inspection: { ...originalDoc?.inspection, ...data.inspection },
  encumbrance: { ...originalDoc?.encumbrance, ...data.encumbrance },
  substitution: { ...originalDoc?.substitution, ...data.substitution },
})

/** What the guarantee rules need of the case whose debt it secures. */
export type GuaranteedCase = {
  debtorIsLegalPerson: boolean
  /** The debt the guarantee secures until the agreement exists (capital of the case), in pesos. */
  obligationTotal: number
  /** Goods the company holds embargoed in the case (measures not lifted), in pesos. */
  embargoedValue: number
}

const LEGAL_PERSON_ID_TYPES = ['NIT', 'NIT_EXT']

/** Reads the case, with its debtor's identification type, as the system: the scope was checked in beforeValidate. */
export const loadGuaranteedCase = async (req: PayloadRequest, caseId: number): Promise<GuaranteedCase> => {
  const theCase = await req.payload.findByID({
    collection: SLUGS.cases,
    id: caseId,
    depth: 1,
    select: { debtor: true, capitalTotal: true, measures: true },
    populate: { [SLUGS.parties]: { idType: true } },
    overrideAccess: true,
    req,
  })
  const debtor = theCase.debtor as Party
  const embargoedValue = (theCase.measures ?? [])
    .filter((m) => m.kind === 'EMBARGO' && !m.liftedOn)
    .reduce((sum, m) => sum + (m.amount ?? 0), 0)
  return {
    debtorIsLegalPerson: LEGAL_PERSON_ID_TYPES.includes(debtor.idType),
    obligationTotal: theCase.capitalTotal ?? 0,
    embargoedValue,
  }
}
