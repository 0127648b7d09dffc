import { describe, expect, it } from 'vitest'

import { ROLES } from '@/auth/roles'
import { assertActFitsStage } from '@/rules/acts/actDrafting'
import { actsForStage } from '@/rules/acts/actKinds'
import { assertMaySignAct } from '@/rules/acts/actSigner'
import { assertActIsDraft, assertSignedActKept, assertSignedActUnchanged } from '@/rules/acts/signedAct'
import { RuleViolation } from '@/rules/ruleViolation'
import { violationOf as refusal } from '../helpers/violationOf'

describe('who signs a generated act (R-ROL-03, R-ROL-05)', () => {
  it('R-ROL-03 the branch manager or the collections manager sign the LCD, citations and notices before the coactive stage', () => {
    for (const role of [ROLES.branchManager, ROLES.collectionsManager]) {
      for (const kind of ['LCD', 'CITACION', 'AVISO', 'CONSTITUCION_EN_MORA', 'DECISION_RECURSO'] as const) {
        expect(() => assertMaySignAct({ role, kind, stage: 'PREJURIDICO' })).not.toThrow()
      }
    }
  })

  it('R-ROL-03 an external firm drafts but never signs; nor does a branch professional or the executor before coactive', () => {
    const firm = refusal(() => assertMaySignAct({ role: ROLES.externalFirm, kind: 'LCD', stage: 'PREJURIDICO' }))
    expect([firm.ruleId, firm.status]).toEqual(['R-ROL-03', 403])
    expect(firm.message).toMatch(/firma externa puede proyectar/)
    for (const role of [ROLES.branchProfessional, ROLES.executorOfficer, ROLES.admin, null]) {
      expect(refusal(() => assertMaySignAct({ role, kind: 'CITACION', stage: 'PREJURIDICO' })).ruleId).toBe('R-ROL-03')
    }
  })

  it('R-ROL-05 only the executor officer signs the payment order, coactive decisions, the auction and notices of the coactive stage', () => {
    for (const kind of ['MANDAMIENTO', 'DECISION_EXCEPCIONES', 'AVISO_REMATE', 'CITACION', 'AVISO', 'DECISION_RECURSO'] as const) {
      expect(() => assertMaySignAct({ role: ROLES.executorOfficer, kind, stage: 'COACTIVO' })).not.toThrow()
      const byManager = refusal(() => assertMaySignAct({ role: ROLES.branchManager, kind, stage: 'COACTIVO' }))
      expect([byManager.ruleId, byManager.status]).toEqual(['R-ROL-05', 403])
    }
  })
})

describe('which acts a stage drafts (issue 11)', () => {
  it('R-COB-01 the payment order only in the coactive stage; the LCD only before it', () => {
    expect(actsForStage('PERSUASIVO')).toEqual(['CONSTITUCION_EN_MORA'])
    expect(actsForStage('COACTIVO')).toContain('MANDAMIENTO')
    expect(actsForStage('TERMINADO')).toEqual([])
    expect(refusal(() => assertActFitsStage('MANDAMIENTO', 'PREJURIDICO')).ruleId).toBe('R-COB-01')
    expect(() => assertActFitsStage('LCD', 'PREJURIDICO')).not.toThrow()
  })
})

describe('a signed act is frozen (R-COB-17)', () => {
  it('R-COB-17 a signed act refuses any change of its content or file, and its deletion', () => {
    const changed = refusal(() => assertSignedActUnchanged({ status: 'FIRMADO', changedFields: ['description'] }))
    expect([changed.ruleId, changed.status]).toEqual(['R-COB-17', 409])
    expect(() => assertSignedActUnchanged({ status: 'FIRMADO', changedFields: ['filename', 'filesize'] })).toThrow(RuleViolation)
    expect(refusal(() => assertSignedActKept('FIRMADO')).ruleId).toBe('R-COB-17')
  })

  it('R-COB-17 its read scope may follow the case; a draft may change; only a draft is signed', () => {
    expect(() => assertSignedActUnchanged({ status: 'FIRMADO', changedFields: ['branch', 'firm', 'clave', 'updatedAt'] })).not.toThrow()
    expect(() => assertSignedActUnchanged({ status: 'BORRADOR', changedFields: ['description', 'filename'] })).not.toThrow()
    expect(() => assertSignedActKept('BORRADOR')).not.toThrow()
    expect(refusal(() => assertActIsDraft('FIRMADO')).ruleId).toBe('R-COB-17')
    expect(refusal(() => assertActIsDraft(null)).ruleId).toBe('R-COB-17')
  })
})
