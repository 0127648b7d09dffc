import type { ActKind } from '@/rules/acts/actKinds'
import type { ActData } from '@/acts/actData'
import type { ActDocument } from '@/acts/actDocument'
import { agreementDemandTemplate, agreementTemplate, agreementVoidTemplate } from './agreementActs'
import { appealDecisionTemplate } from './appealDecision'
import { auctionNoticeTemplate } from './auctionNotice'
import { citationTemplate } from './citation'
import { defaultNoticeTemplate } from './defaultNotice'
import { exceptionsDecisionTemplate } from './exceptionsDecision'
import { lcdTemplate } from './lcd'
import { noticeTemplate } from './notice'
import { paymentOrderTemplate } from './paymentOrder'

/** One template per act: a pure function of the case's data (src/acts/actData.ts). */
export const ACT_TEMPLATES: Record<ActKind, (data: ActData) => ActDocument> = {
  CONSTITUCION_EN_MORA: defaultNoticeTemplate,
  LCD: lcdTemplate,
  CITACION: citationTemplate,
  AVISO: noticeTemplate,
  MANDAMIENTO: paymentOrderTemplate,
  DECISION_EXCEPCIONES: exceptionsDecisionTemplate,
  DECISION_RECURSO: appealDecisionTemplate,
  AVISO_REMATE: auctionNoticeTemplate,
  ACUERDO_DE_PAGO: agreementTemplate,
  REQUERIMIENTO_INCUMPLIMIENTO: agreementDemandTemplate,
  RESOLUCION_SIN_VIGENCIA: agreementVoidTemplate,
}
