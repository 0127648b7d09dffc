import type { Where } from 'payload'

import { fieldsOfWhere } from '@/utilities/fieldsOfWhere'
import type { ArrearsQuery } from './arrearsQuery'

/** The policy fields the arrears rollup keeps its figures by (besides the due day and payment status). */
const ROLLUP_FIELDS = new Set(['branch', 'lineOfBusiness'])

/**
 * R-CAR-03 at scale: whether the totals of an arrears query can be summed from the rollup kept per
 * branch, line of business and due day (migration 20261202_020000_arrears_rollup) — when neither the
 * filters nor the user's read scope look at anything else. Cover dates, a clave, a search, or a scope
 * by clave or by firm need the policies themselves (a broker's or a firm's rows are few and indexed).
 */
export const rollupAnswers = (q: Pick<ArrearsQuery, 'from' | 'to' | 'clave' | 'q'>, access: boolean | Where): boolean =>
  !q.from && !q.to && !q.clave && !q.q && (typeof access === 'boolean' || fieldsOfWhere(access).every((field) => ROLLUP_FIELDS.has(field)))
