import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type PayloadHandler, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { SLUGS } from '../../../src/constants/slugs'
import { transactionDb } from '../../../src/db/transactionDb'
import { parseInput, readJsonBody, requireUser } from '../../../src/http/parseInput'
import { priceLegalization } from '../../../src/legalization/priceLegalization'
import type { Legalization } from '../../../src/payload-types'
import { decideConfirmation } from '../../../src/rules/legalization/confirmation'
import { assertManualMeans } from '../../../src/rules/legalization/manualLegalization'
import { assertMeansMatchTotal, PaymentMean } from '../../../src/rules/legalization/paymentMeans'
import { formatPesos } from '../../../src/rules/money'
import { applyPaymentToCertificates, type Certificate } from '../../../src/rules/policyCertificates'
import { LEGALIZATION_KIND } from '../../../src/rules/requests/requestKinds'
import { RuleViolation } from '../../../src/rules/ruleViolation'
import { enforceRule, toApiError } from '../../../src/utilities/enforceRule'
import { idOf } from '../../../src/utilities/idOf'

const ConfirmInput = z.object({
  means: z.array(PaymentMean, { error: 'means debe ser una lista de medios de pago.' }).min(1, 'Registre al menos un medio de pago.'),
  supports: z.array(z.number().int().positive(), { error: 'supports debe ser una lista de ids de documentos.' }).max(20).optional(),
})
const Params = z.object({ id: z.coerce.number({ error: 'El id de la legalización debe ser un número.' }).int().positive() })
const IdempotencyKey = z
  .string({ error: 'Envíe el encabezado Idempotency-Key (8 a 100 caracteres) para que un reintento no registre el pago dos veces.' })
  .trim()
  .min(8, 'El encabezado Idempotency-Key debe tener entre 8 y 100 caracteres.')
  .max(100, 'El encabezado Idempotency-Key debe tener entre 8 y 100 caracteres.')

const confirmationOf = async (req: PayloadRequest, legalization: Legalization) => {
  const { docs: payments } = await req.payload.find({
    collection: SLUGS.payments,
    where: { legalization: { equals: legalization.id } },
    select: { kind: true, amount: true, paidOn: true },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const request = idOf(legalization.request)
    ? await req.payload.findByID({ collection: SLUGS.requests, id: idOf(legalization.request)!, select: { caseNumber: true, status: true }, depth: 0, overrideAccess: true, req })
    : null
  return {
    message: `Legalización confirmada: ${formatPesos(legalization.total ?? 0)} en ${payments.length} medio(s) de pago.`,
    legalization: { id: legalization.id, status: legalization.status, total: legalization.total, confirmedAt: legalization.confirmedAt },
    payments: payments.map((p) => ({ id: p.id, kind: p.kind, amount: p.amount, paidOn: p.paidOn })),
    request: request ? { id: request.id, caseNumber: request.caseNumber, status: request.status } : null,
  }
}

/**
 * POST /api/legalizations/:id/confirm — R-LEG-02…05. Checks the means (each kind with its fields)
 * add up to the total to the peso, then in ONE transaction writes a payment per mean linked to the
 * policies and the legalization, credits the policies, files a Recaudo / Legalización de pagos
 * request and marks the legalization confirmed. The Idempotency-Key header makes a retry safe:
 * the same key answers the first confirmation again and records nothing.
 */
export const confirmLegalization: PayloadHandler = async (req) => {
  const user = requireUser(req)
  const { id } = parseInput(Params, req.routeParams ?? {})
  const key = parseInput(z.object({ 'idempotency-key': IdempotencyKey }), {
    'idempotency-key': req.headers.get('idempotency-key') ?? undefined,
  })['idempotency-key']
  const input = parseInput(ConfirmInput, await readJsonBody(req))

  const startedHere = await initTransaction(req)
  try {
    // Only someone who may change this legalization confirms it (a broker: its own claves).
    const visible = await req.payload.find({
      collection: SLUGS.legalizations,
      where: { id: { equals: id } },
      select: { clave: true },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user,
      req,
    })
    const canUpdate = await req.payload.count({ collection: SLUGS.legalizations, where: { id: { equals: id } }, overrideAccess: false, user, req })
    if (visible.docs.length === 0 || canUpdate.totalDocs === 0) {
      throw new RuleViolation('R-ROL-02', `La legalización ${id} no existe o no es de sus claves.`, 403)
    }
    // Concurrent confirmations of the same legalization queue here; the second sees the first's result.
    const db = await transactionDb(req)
    await db.execute(sql`SELECT "id" FROM "legalizations" WHERE "id" = ${id} FOR UPDATE`)
    const legalization = await req.payload.findByID({ collection: SLUGS.legalizations, id, depth: 0, overrideAccess: true, req })

    if (decideConfirmation(legalization, key) === 'replay') {
      const body = await confirmationOf(req, legalization)
      if (startedHere) await commitTransaction(req)
      return Response.json({ ...body, replayed: true }, { status: 200 })
    }
    const reused = await req.payload.count({ collection: SLUGS.legalizations, where: { idempotencyKey: { equals: key } }, overrideAccess: true, req })
    if (reused.totalDocs > 0) {
      throw new RuleViolation('R-LEG-05', 'Ese Idempotency-Key ya confirmó otra legalización; use uno nuevo.', 409)
    }

    // Priced again now: a policy paid meanwhile must not be paid twice.
    const { items, total, policies } = await priceLegalization(req, legalization)
    assertMeansMatchTotal(input.means, total)
    if (legalization.flow === 'MANUAL') {
      assertManualMeans({ cancelledAt: String((policies[0] as { cancelledAt?: string }).cancelledAt), means: input.means })
    }

    const policyIds = items.map((i) => i.policy)
    for (const mean of input.means) {
      await req.payload.create({
        collection: SLUGS.payments,
        data: {
          ...mean,
          paidOn: `${mean.paidOn}T12:00:00.000Z`,
          legalization: legalization.id,
          policies: policyIds as number[],
          clave: legalization.clave,
          branch: idOf(legalization.branch) as number | undefined,
          recordedBy: user.id as number,
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    // R-CAR-04: each policy's amount pays its certificates oldest due first; the policy's
    // amount paid, status and due date follow from them (collections/Policies reconcilePolicyCertificates).
    for (const item of items) {
      const policy = policies.find((p) => String(p.id) === String(item.policy))! as { certificates?: Certificate[] | null }
      const certificates = enforceRule(() => applyPaymentToCertificates(policy.certificates ?? [], item.amount))
      await req.payload.update({
        collection: SLUGS.policies,
        id: item.policy,
        data: { certificates: certificates as never },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }

    const kind = await req.payload.find({
      collection: SLUGS.requestKinds,
      where: { code: { equals: LEGALIZATION_KIND.kind } },
      select: { code: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (!kind.docs[0]) throw new RuleViolation('R-REQ-01', 'El catálogo no tiene el tipo Recaudo; un administrador debe crearlo.', 409)
    const request = await req.payload.create({
      collection: SLUGS.requests,
      data: {
        kind: kind.docs[0].id,
        subtype: LEGALIZATION_KIND.subtype,
        clave: legalization.clave,
        legalization: legalization.id,
        attachments: input.supports ?? [],
        comments: [
          {
            text: `Legalización ${legalization.id} (${legalization.flow === 'MANUAL' ? 'manual' : 'automática'}): pólizas ${items
              .map((i) => i.policyNumber)
              .join(', ')} por ${formatPesos(total)}.`.slice(0, 280),
          },
        ],
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })

    const confirmed = await req.payload.update({
      collection: SLUGS.legalizations,
      id: legalization.id,
      data: {
        status: 'CONFIRMADA',
        items: items as never,
        total,
        means: input.means.map((m) => ({ ...m, paidOn: `${m.paidOn}T12:00:00.000Z` })) as never,
        confirmedAt: new Date().toISOString(),
        confirmedBy: user.id as number,
        idempotencyKey: key,
        request: request.id,
      },
      depth: 0,
      overrideAccess: true,
      context: { confirmingLegalization: true },
      req,
    })
    const body = await confirmationOf(req, confirmed)
    if (startedHere) await commitTransaction(req)
    return Response.json({ ...body, replayed: false }, { status: 201 })
  } catch (error) {
    await killTransaction(req)
    throw toApiError(error)
  }
}
