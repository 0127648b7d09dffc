import type { CollectionBeforeChangeHook } from 'payload'

import type { Case } from '@/payload-types'
import { checkCaseMayProceed } from './checkCaseMayProceed'
import { checkCaseOpening } from './checkCaseOpening'
import { checkCoactiveRecords } from './checkCoactiveRecords'
import { checkEmbargoLimit } from './checkEmbargoLimit'
import { checkFollowUpContacts } from './checkFollowUpContacts'
import { checkNewExceptions } from './checkNewExceptions'
import { checkStageTransition } from './checkStageTransition'
import { keepSignedLcdCutOff } from './keepSignedLcdCutOff'

/**
 * The stage rules, enforced after the figures and before anything is written, in this order (the
 * first refusal is the one reported). They read the facts `loadCaseFactsForSave` loaded and are
 * skipped when only the deadlines are recomputed (`req.context.deadlinesOnly`).
 */
export const enforceCaseRules: CollectionBeforeChangeHook<Case>[] = [
  checkCaseOpening,
  checkCaseMayProceed,
  keepSignedLcdCutOff,
  checkCoactiveRecords,
  checkEmbargoLimit,
  checkNewExceptions,
  checkFollowUpContacts,
  checkStageTransition,
]
