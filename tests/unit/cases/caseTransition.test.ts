import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { assertCaseTransition, assertCollectionMayProceed, type TransitionInput } from '@/rules/cases/caseTransition'

const completeChecklist = {
  persuasiveEvidence: true,
  debtDetailByPeriod: true,
  citationWithReceipt: true,
  originalLcd: true,
  notificationRecord: true,
  noticeOriginal: true,
}

const base = (overrides: Partial<TransitionInput>): TransitionInput => ({
  from: { stage: 'PERSUASIVO', subState: 'CONSTITUIDO_EN_MORA' },
  to: { stage: 'PREJURIDICO', subState: 'LCD_EN_PROYECTO' },
  role: ROLES.branchProfessional,
  debtorInsolvent: false,
  eligibility: { totalDebt: 5_000_000, cannotBeLocated: false, oldestDueDate: '2026-01-15', today: '2026-06-01', smmlv: 1_750_905 },
  checklist: completeChecklist,
  checklistContext: { isRecovery: false, notifiedByNotice: true, appealFiled: false },
  ...overrides,
})

const ruleOf = (fn: () => void): string | undefined => {
  try {
    fn()
  } catch (error) {
    return (error as { ruleId?: string }).ruleId
  }
  return undefined
}

describe('assertCaseTransition: stages (R-COB-01)', () => {
  it('R-COB-01 moves persuasive → pre-legal from the last persuasive sub-state', () => {
    expect(ruleOf(() => assertCaseTransition(base({})))).toBeUndefined()
  })

  it('R-COB-01 refuses to skip from persuasive straight to coactive', () => {
    const rule = ruleOf(() =>
      assertCaseTransition(base({ role: ROLES.executorOfficer, to: { stage: 'COACTIVO', subState: 'MANDAMIENTO_LIBRADO' } })),
    )
    expect(rule).toBe('R-COB-01')
  })

  it('R-COB-01 refuses to skip or go back between sub-states', () => {
    const from = { stage: 'PREJURIDICO' as const, subState: 'LCD_EN_PROYECTO' as const }
    expect(ruleOf(() => assertCaseTransition(base({ from, to: { stage: 'PREJURIDICO', subState: 'EN_NOTIFICACION' } })))).toBe('R-COB-01')
    expect(
      ruleOf(() =>
        assertCaseTransition(base({ from: { stage: 'PREJURIDICO', subState: 'NOTIFICADA' }, to: { stage: 'PREJURIDICO', subState: 'LCD_FIRMADA' } })),
      ),
    ).toBe('R-COB-01')
  })

  it('R-COB-01 refuses to leave a stage before its last sub-state', () => {
    const rule = ruleOf(() => assertCaseTransition(base({ from: { stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA' } })))
    expect(rule).toBe('R-COB-01')
  })

  it('R-COB-01 a terminated case never moves again', () => {
    const rule = ruleOf(() =>
      assertCaseTransition(base({ from: { stage: 'TERMINADO', subState: 'ARCHIVADO' }, to: { stage: 'PERSUASIVO', subState: 'GESTION_PERSUASIVA' } })),
    )
    expect(rule).toBe('R-COB-01')
  })

  it('R-COB-01 a suspended case resumes only where it stopped', () => {
    const from = { stage: 'SUSPENDIDO' as const, subState: 'SUSPENDIDO' as const }
    const pausedAt = { stage: 'PREJURIDICO' as const, subState: 'NOTIFICADA' as const }
    expect(ruleOf(() => assertCaseTransition(base({ from, pausedAt, to: pausedAt, lcdNotifiedOn: '2026-05-01' })))).toBeUndefined()
    expect(ruleOf(() => assertCaseTransition(base({ from, pausedAt, to: { stage: 'PREJURIDICO', subState: 'EN_FIRME' } })))).toBe('R-COB-01')
  })
})

describe('assertCaseTransition: insolvency (R-COB-09)', () => {
  it('R-COB-09 stops every move but the one to insolvency, at any stage', () => {
    for (const from of [
      { stage: 'PERSUASIVO' as const, subState: 'CONSTITUIDO_EN_MORA' as const },
      { stage: 'PREJURIDICO' as const, subState: 'LCD_EN_PROYECTO' as const },
    ]) {
      const next = from.stage === 'PERSUASIVO' ? base({}).to : { stage: 'PREJURIDICO' as const, subState: 'LCD_FIRMADA' as const }
      expect(ruleOf(() => assertCaseTransition(base({ from, to: next, debtorInsolvent: true })))).toBe('R-COB-09')
      expect(
        ruleOf(() => assertCaseTransition(base({ from, to: { stage: 'INSOLVENCIA', subState: 'REMITIDO_A_INSOLVENCIA' }, debtorInsolvent: true }))),
      ).toBeUndefined()
    }
  })

  it('R-COB-09 refuses any collection action on an insolvent debtor or a case with the insolvency team', () => {
    expect(ruleOf(() => assertCollectionMayProceed({ debtorInsolvent: true, stage: 'COACTIVO' }))).toBe('R-COB-09')
    expect(ruleOf(() => assertCollectionMayProceed({ debtorInsolvent: false, stage: 'INSOLVENCIA' }))).toBe('R-COB-09')
    expect(ruleOf(() => assertCollectionMayProceed({ debtorInsolvent: false, stage: 'PERSUASIVO' }))).toBeUndefined()
  })
})

describe('assertCaseTransition: competence (R-ROL-03, R-ROL-05)', () => {
  const signing = {
    from: { stage: 'PREJURIDICO' as const, subState: 'LCD_EN_PROYECTO' as const },
    to: { stage: 'PREJURIDICO' as const, subState: 'LCD_FIRMADA' as const },
    lcdIssuedOn: '2026-06-01',
  }

  it('R-ROL-03 an external firm may draft the LCD but not sign it', () => {
    expect(ruleOf(() => assertCaseTransition(base({ ...signing, role: ROLES.externalFirm })))).toBe('R-ROL-03')
    expect(ruleOf(() => assertCaseTransition(base({ ...signing, role: ROLES.branchProfessional })))).toBe('R-ROL-03')
  })

  it('R-ROL-03 a branch manager or the collections manager signs the LCD', () => {
    expect(ruleOf(() => assertCaseTransition(base({ ...signing, role: ROLES.branchManager })))).toBeUndefined()
    expect(ruleOf(() => assertCaseTransition(base({ ...signing, role: ROLES.collectionsManager })))).toBeUndefined()
  })

  it('R-COB-03 refuses an LCD signed more than six months after the payment deadline', () => {
    expect(ruleOf(() => assertCaseTransition(base({ ...signing, role: ROLES.branchManager, lcdIssuedOn: '2026-07-16' })))).toBe('R-COB-03')
    expect(ruleOf(() => assertCaseTransition(base({ ...signing, role: ROLES.branchManager, lcdIssuedOn: '2026-07-15' })))).toBeUndefined()
  })

  const toCoactive = {
    from: { stage: 'PREJURIDICO' as const, subState: 'EN_FIRME' as const },
    to: { stage: 'COACTIVO' as const, subState: 'MANDAMIENTO_LIBRADO' as const },
  }

  it('R-ROL-05 a branch manager cannot open or act in the coactive stage; the executor officer can', () => {
    expect(ruleOf(() => assertCaseTransition(base({ ...toCoactive, role: ROLES.branchManager })))).toBe('R-ROL-05')
    expect(ruleOf(() => assertCaseTransition(base({ ...toCoactive, role: ROLES.executorOfficer })))).toBeUndefined()
    const inside = {
      from: { stage: 'COACTIVO' as const, subState: 'MANDAMIENTO_LIBRADO' as const },
      to: { stage: 'COACTIVO' as const, subState: 'MANDAMIENTO_NOTIFICADO' as const },
      paymentOrderNotifiedOn: '2026-05-20',
    }
    expect(ruleOf(() => assertCaseTransition(base({ ...inside, role: ROLES.collectionsManager })))).toBe('R-ROL-05')
    expect(ruleOf(() => assertCaseTransition(base({ ...inside, role: ROLES.executorOfficer })))).toBeUndefined()
  })

  it('R-COB-07 keeps an unlocatable debtor under 1 SMMLV out of coactive (and in persuasive)', () => {
    const small = { totalDebt: 1_750_904, cannotBeLocated: true, oldestDueDate: '2026-01-15', today: '2026-06-01', smmlv: 1_750_905 }
    expect(ruleOf(() => assertCaseTransition(base({ ...toCoactive, role: ROLES.executorOfficer, eligibility: small })))).toBe('R-COB-07')
    expect(ruleOf(() => assertCaseTransition(base({ eligibility: small })))).toBe('R-COB-07')
  })

  it('R-COB-08 refuses coactive without the checklist', () => {
    const rule = ruleOf(() =>
      assertCaseTransition(base({ ...toCoactive, role: ROLES.executorOfficer, checklist: { ...completeChecklist, originalLcd: false } })),
    )
    expect(rule).toBe('R-COB-08')
  })

  it('R-COB-05 refuses "en firme" before the finality date', () => {
    const finality = {
      from: { stage: 'PREJURIDICO' as const, subState: 'NOTIFICADA' as const },
      to: { stage: 'PREJURIDICO' as const, subState: 'EN_FIRME' as const },
    }
    expect(ruleOf(() => assertCaseTransition(base({ ...finality, titleFinalOn: '2026-06-02' })))).toBe('R-COB-05')
    expect(ruleOf(() => assertCaseTransition(base({ ...finality, titleFinalOn: '2026-06-01' })))).toBeUndefined()
  })

  it('R-COB-10 refuses the execution order while the 15 business days run', () => {
    const execution = {
      role: ROLES.executorOfficer,
      from: { stage: 'COACTIVO' as const, subState: 'MANDAMIENTO_NOTIFICADO' as const },
      to: { stage: 'COACTIVO' as const, subState: 'ORDEN_DE_EJECUCION' as const },
    }
    expect(ruleOf(() => assertCaseTransition(base({ ...execution, paymentOrderResponseDeadline: '2026-06-01' })))).toBe('R-COB-10')
    expect(ruleOf(() => assertCaseTransition(base({ ...execution, paymentOrderResponseDeadline: '2026-05-29', pendingExceptions: 1 })))).toBe('R-COB-12')
    expect(ruleOf(() => assertCaseTransition(base({ ...execution, paymentOrderResponseDeadline: '2026-05-29' })))).toBeUndefined()
  })
})
