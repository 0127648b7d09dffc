import type { CollectionBeforeChangeHook } from 'payload'

import { buildSnapshotFigures } from '@/indicators/buildSnapshotFigures'
import type { IndicatorSnapshot } from '@/payload-types'
import { assertPeriod } from '@/rules/indicators/period'
import { enforceRule } from '@/utilities/enforceRule'

/**
 * 001 §7.2.1 item 3: the figures of a snapshot are never typed: they are computed in SQL when the
 * snapshot is created, and again when the endpoint or the month-end job retakes a draft.
 */
export const takeSnapshotFigures: CollectionBeforeChangeHook<IndicatorSnapshot> = async ({ operation, data, originalDoc, req }) => {
  if (operation === 'update' && !req.context.retakeIndicatorSnapshot) return data
  const period = String(data.period ?? originalDoc?.period ?? '')
  enforceRule(() => assertPeriod(period))
  const built = await buildSnapshotFigures(req, period)
  return {
    ...data,
    period,
    cutOff: `${built.cutOff}T12:00:00.000Z`,
    takenAt: new Date().toISOString(),
    takenBy: req.user?.id ?? null,
    portfolio: built.portfolio,
    transitions: built.transitions,
    cases: built.cases,
    agreements: built.agreements,
    recovery: built.recovery,
    policyStates: built.policyStates,
  }
}
