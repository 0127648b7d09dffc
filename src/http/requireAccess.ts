import { APIError, executeAccess, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { isNoRows } from '@/rules/access/noRows'
import { requireUser } from './parseInput'

export type AccessOperation = 'read' | 'create' | 'update' | 'delete'

export type AccessCheck = {
  collection: CollectionSlug
  operation: AccessOperation
  /** The document the endpoint acts on: a row rule (`Where`) must match it. */
  id?: number | string
  /** What is about to be written, for access functions that look at it. */
  data?: Record<string, unknown>
}

const VERBS: Record<AccessOperation, string> = {
  read: 'consultar',
  create: 'crear',
  update: 'modificar',
  delete: 'eliminar',
}

const refuse = (req: PayloadRequest, { collection, operation, id }: AccessCheck): never => {
  const label = req.payload.collections[collection]?.config.labels?.plural
  const what = typeof label === 'string' ? label.toLowerCase() : collection
  const target = id === undefined ? what : `el registro ${id} de ${what}`
  throw new APIError(`No tiene permiso para ${VERBS[operation]} ${target}.`, 403, { collection, operation }, true)
}

/**
 * The permission check of every custom endpoint: the endpoint is allowed exactly when the
 * collection's own access function allows the operation it performs (confirming a legalization
 * = updating it), so REST's, GraphQL's and the endpoint's answers never disagree.
 *
 * - no user: 401; access `false`: 403;
 * - a row rule (`Where`) with an `id`: the document must match it (checked in the request's
 *   transaction), else 403 — whether it exists or not is not revealed;
 * - a row rule without an `id`: allowed (the endpoint then reads with the user's own access),
 *   unless it is the rule of a role that has no rows at all in the collection.
 *
 * Returns what access returned, `true` or the `Where`.
 */
export const requireAccess = async (req: PayloadRequest, check: AccessCheck): Promise<true | Where> => {
  requireUser(req)
  const config = req.payload.collections[check.collection].config
  const result = await executeAccess(
    { id: check.id, data: check.data, disableErrors: true, req },
    config.access[check.operation],
  )
  if (!result) return refuse(req, check)
  if (result === true) return true
  if (check.id === undefined) return isNoRows(result) ? refuse(req, check) : result
  const { totalDocs } = await req.payload.count({
    collection: check.collection,
    where: { and: [{ id: { equals: check.id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0 ? result : refuse(req, check)
}
