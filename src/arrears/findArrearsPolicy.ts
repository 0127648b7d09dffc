import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { SLUGS } from '@/constants/slugs'
import { parseInput } from '@/http/parseInput'
import type { Policy } from '@/payload-types'
import { unpaidCertificates } from '@/rules/policyCertificates'
import { ARREARS_POLICY_SELECT, toArrearsRows } from './arrearsRows'

const Params = z.object({ policyId: z.coerce.number({ error: 'El id de la póliza debe ser un número.' }).int().positive('El id de la póliza debe ser un número positivo.') })

/** R-CAR-04: one policy of the user's portfolio with its exact days past due and unpaid certificates. */
export const findArrearsPolicy = async (req: PayloadRequest, asOf: string) => {
  const { policyId } = parseInput(Params, req.routeParams ?? {})
  const { docs } = await req.payload.find({
    collection: SLUGS.policies,
    where: { id: { equals: policyId } },
    select: { ...ARREARS_POLICY_SELECT, paymentStatus: true, status: true, certificates: true },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const policy = docs[0] as Policy | undefined
  if (!policy) throw new APIError(`La póliza ${policyId} no existe o no es de su cartera.`, 404, undefined, true)
  const [row] = await toArrearsRows(req, [policy], asOf)
  return {
    row: row!,
    paymentStatus: policy.paymentStatus,
    status: policy.status,
    unpaidCertificates: unpaidCertificates(policy.certificates ?? [], asOf),
  }
}
