import type { Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import type { Case } from '@/payload-types'
import { buildAccessWorld } from './accessWorld'

/** Legal parameters of 2026 as the settings global holds them (idempotent: every file may call it). */
export const setLegalSettings2026 = (payload: Payload) =>
  payload.updateGlobal({
    slug: SLUGS.settings,
    data: {
      minimumWages: [
        { year: 2025, amount: 1_423_500 },
        { year: 2026, amount: 1_750_905 },
      ],
      moratoriumRates: [
        { from: '2025-01-01', to: '2025-12-31', annualRatePercent: '25' },
        { from: '2026-01-01', to: '2026-12-31', annualRatePercent: '26.76' },
      ],
    },
    overrideAccess: true,
  })

/** The access world plus settings; cases are opened by each test as the acting user. */
export const buildCaseWorld = async (payload: Payload) => {
  await setLegalSettings2026(payload)
  return buildAccessWorld(payload)
}

export type CaseWorld = Awaited<ReturnType<typeof buildCaseWorld>>

export const debtLine = (capital: number, dueDate: string, concept = 'APORTES_EN_MORA') => ({
  period: dueDate.slice(0, 7),
  concept,
  contributors: 3,
  capital,
  dueDate,
})

export type { Case }
