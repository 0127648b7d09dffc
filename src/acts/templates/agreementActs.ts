import { countInWords } from '@/rules/acts/legalWords'
import { agreementNumber } from '@/rules/agreements/agreementTitle'
import { DEMAND_BUSINESS_DAYS } from '@/rules/agreements/defaultTerms'
import { STAGES } from '@/rules/cases/stages'
import type { ActData } from '@/acts/actData'
import type { ActBlock, ActDocument } from '@/acts/actDocument'
import type { AgreementActData } from '@/acts/agreementActData'
import { RuleViolation } from '@/rules/ruleViolation'
import { CONCEPT_LABELS, bankAccountText, debtorAddress, debtorIdentified, frame, heading, money, numbered, on, paragraph, short, words } from './common'

const agreementOf = (data: ActData): AgreementActData => {
  if (!data.agreement) throw new RuleViolation('R-AGR-07', 'El acto no tiene el acuerdo de pago del cual se expide.', 409)
  return data.agreement
}

const rate = (a: AgreementActData) => (a.rateInForce ? `${a.rateInForce.replace('.', ',')} % efectivo anual` : 'la tasa de interés moratorio vigente')

/** R-AGR-01: the requester, and the third party who becomes jointly liable for the whole debt. */
const requesterText = (data: ActData, a: AgreementActData): string => {
  const requester =
    a.requester.kind === 'TERCERO'
      ? `solicitado por ${(a.requester.name ?? '').toUpperCase()}, cédula ${a.requester.idNumber ?? '—'}, como tercero a nombre del deudor`
      : `solicitado por el deudor${a.requester.name ? ` por intermedio de ${a.requester.name.toUpperCase()}, cédula ${a.requester.idNumber ?? '—'}` : ''}`
  const third = a.thirdParty
    ? `; el tercero ${a.thirdParty.name.toUpperCase()}, identificado(a) con ${a.thirdParty.idType} ${a.thirdParty.idNumber}${a.thirdParty.jointlyLiable ? ', se obliga solidariamente al pago total de la deuda' : ''}`
    : ''
  return `Acuerdo de pago ${agreementNumber(a.id)} a favor de ${debtorIdentified(data)}, domiciliado(a) en ${debtorAddress(data)}, ${requester} el ${on(a.requestedOn)}${third}.`
}

const obligationsTable = (a: AgreementActData): ActBlock => ({
  kind: 'table',
  columns: [
    { header: 'Periodo', width: 0.3 },
    { header: 'Concepto', width: 0.4 },
    { header: 'Capital', width: 0.3, align: 'right' },
  ],
  rows: a.obligations.map((o) => [o.period, CONCEPT_LABELS[o.concept] ?? o.concept, money(o.capital)]),
  total: ['TOTAL CAPITAL', '', money(a.capital)],
})

/** R-AGR-07 / 001 §8.13: each instalment's number, amount, due date and the obligations it pays. */
const scheduleTable = (a: AgreementActData): ActBlock => ({
  kind: 'table',
  columns: [
    { header: 'Cuota', width: 0.1, align: 'center' },
    { header: 'Vence', width: 0.15, align: 'center' },
    { header: 'Valor', width: 0.2, align: 'right' },
    { header: 'Obligaciones que cancela', width: 0.55 },
  ],
  rows: a.instalments.map((i) => [i.number === 0 ? 'Abono' : String(i.number), short(i.dueOn), money(i.amount), i.pays]),
  total: ['TOTAL', '', money(a.instalments.reduce((sum, i) => sum + i.amount, 0)), ''],
})

const guaranteesText = (a: AgreementActData): string =>
  a.guarantees.length === 0
    ? 'No se constituyen garantías (la obligación no las exige o se concede sin ellas conforme al manual).'
    : `Respaldan el acuerdo las siguientes garantías: ${a.guarantees.map((g) => `${g.kind} — ${g.description}${g.value ? ` por ${money(g.value)}` : ''}`).join('; ')}.`

/**
 * R-AGR-07 (001 §8.13–8.21): the act that grants the payment agreement — debtor, requester and
 * third party, obligations and amounts, total, interest rate, down payment, term and modality, the
 * schedule, guarantees, the causes of default and, when the coactive proceeding had started, the
 * order to suspend it (R-COB-15).
 */
export const agreementTemplate = (data: ActData): ActDocument => {
  const a = agreementOf(data)
  const coactive = a.workingStage === STAGES.coactive
  return frame(data, 'Resolución que concede un acuerdo de pago', [
    paragraph(requesterText(data, a)),
    heading('CONSIDERANDO'),
    ...numbered([
      `Que el deudor adeuda las obligaciones que se relacionan, por un capital de ${words(a.capital)}, intereses liquidados por ${words(a.interest)} y costas y gastos por ${words(a.costs)}, para una deuda total de ${words(a.total)}.`,
      `Que el solicitante ofreció un abono inicial de ${words(a.downPayment)}, no inferior al diez por ciento (10 %) de la deuda total, y un plazo de ${countInWords(a.termMonths)} meses en cuotas de periodicidad ${a.periodicity.toLowerCase()}.`,
      'Que ni el deudor ni el tercero solicitante figuran reportados en el Boletín de Deudores Morosos del Estado.',
    ]),
    obligationsTable(a),
    heading('RESUELVE'),
    ...numbered([
      `CONCEDER a ${debtorIdentified(data)} un acuerdo de pago por ${words(a.total)}, con un abono inicial de ${words(a.downPayment)} y el saldo en las cuotas del plan de pagos siguiente, cada una con vencimiento al cierre del día hábil indicado.`,
      `Los pagos causan intereses moratorios a la tasa vigente en la fecha de cada pago; a la fecha de este acto, ${rate(a)}. La cuota pagada con posterioridad a su vencimiento liquida intereses de mora por cada mes o fracción de retardo.`,
      guaranteesText(a),
      `CAUSALES DE INCUMPLIMIENTO: dejar de pagar cualquiera de las cuotas o cualquier obligación surgida con posterioridad a la firma de este acuerdo. Ante el incumplimiento se requerirá al deudor para que dentro de los ${countInWords(DEMAND_BUSINESS_DAYS)} días hábiles siguientes acredite el pago; vencido ese término sin pago, se declarará sin vigencia el acuerdo, se harán efectivas las garantías, se reanudará de inmediato el cobro coactivo y se reportará al deudor en el Boletín de Deudores Morosos del Estado.`,
      coactive
        ? 'SUSPENDER el proceso de cobro coactivo adelantado contra el deudor mientras el acuerdo se cumpla (artículo 841 del Estatuto Tributario).'
        : 'SUSPENDER las gestiones de cobro mientras el acuerdo se cumpla.',
      `Los pagos se harán mediante consignación en la ${bankAccountText(data)}.`,
    ]),
    scheduleTable(a),
  ])
}

/**
 * R-AGR-11 (001 §8.20): the demand for a missed instalment — the instalments unpaid, what is owed,
 * and the term of fifteen business days, ending on `demandDueOn`, to prove payment.
 */
export const agreementDemandTemplate = (data: ActData): ActDocument => {
  const a = agreementOf(data)
  const missed = a.instalments.filter((i) => i.paidAmount < i.amount && a.demand.on !== null && i.dueOn < a.demand.on)
  const owed = missed.reduce((sum, i) => sum + i.amount - i.paidAmount, 0)
  return frame(
    data,
    'Requerimiento por incumplimiento del acuerdo de pago',
    [
      paragraph(`Señor(a)\n${debtorIdentified(data)}\n${debtorAddress(data)}`),
      paragraph(`Asunto: requerimiento por incumplimiento del acuerdo de pago ${agreementNumber(a.id)}, concedido el ${on(a.approvedOn)}.`),
      heading('REQUERIMOS'),
      ...numbered([
        `Que revisado el cumplimiento del acuerdo de pago, a la fecha ${on(a.demand.on)} no se registra el pago de las cuotas que se relacionan, por un valor pendiente de ${words(owed)}.`,
        `Que se le concede un término de ${countInWords(DEMAND_BUSINESS_DAYS)} días hábiles, que vence el ${on(a.demand.dueOn)}, para acreditar el pago de las cuotas incumplidas con sus intereses de mora, o informar los datos que permitan verificarlo.`,
        `Que vencido ese término sin que se acredite el pago, se declarará sin vigencia el acuerdo de pago, se ordenará hacer efectivas las garantías, se reanudará el cobro coactivo por el saldo de ${words(a.outstanding)} y se reportará al deudor en el Boletín de Deudores Morosos del Estado (Ley 901 de 2004).`,
      ]),
      {
        kind: 'table',
        columns: [
          { header: 'Cuota', width: 0.2, align: 'center' },
          { header: 'Vencía', width: 0.25, align: 'center' },
          { header: 'Valor', width: 0.275, align: 'right' },
          { header: 'Pendiente', width: 0.275, align: 'right' },
        ],
        rows: missed.map((i) => [String(i.number), short(i.dueOn), money(i.amount), money(i.amount - i.paidAmount)]),
        total: ['TOTAL', '', '', money(owed)],
      },
      paragraph(`El pago se hará mediante consignación en la ${bankAccountText(data)}.`),
    ],
    'Atentamente,',
  )
}

/**
 * R-AGR-12 (001 §8.21, art. 814-3 E.T.): the resolution declaring the agreement void — the
 * instalments left unpaid despite the demand, the outstanding balance and the order to enforce the
 * guarantees; coactive collection resumes at once and the debtor is reported to the BDME.
 */
export const agreementVoidTemplate = (data: ActData): ActDocument => {
  const a = agreementOf(data)
  const decision = a.voidDecision
  if (!decision) throw new RuleViolation('R-AGR-12', 'Aún no procede declarar sin vigencia el acuerdo: corre el término del requerimiento o no hay cuotas pendientes.', 409)
  return frame(data, 'Resolución que declara sin vigencia el acuerdo de pago', [
    paragraph(`Acuerdo de pago ${agreementNumber(a.id)}, concedido el ${on(a.approvedOn)} a ${debtorIdentified(data)}.`),
    heading('CONSIDERANDO'),
    ...numbered([
      `Que el ${on(a.demand.on)} se requirió al deudor por el incumplimiento del acuerdo y se le concedieron ${countInWords(DEMAND_BUSINESS_DAYS)} días hábiles, vencidos el ${on(a.demand.dueOn)}, para acreditar el pago.`,
      'Que vencido ese término no se acreditó el pago de las cuotas que se relacionan, a pesar del requerimiento formulado.',
      `Que el saldo insoluto del acuerdo asciende a ${words(decision.outstanding)}.`,
    ]),
    {
      kind: 'table',
      columns: [
        { header: 'Cuota', width: 0.3, align: 'center' },
        { header: 'Vencía', width: 0.35, align: 'center' },
        { header: 'Dejado de pagar', width: 0.35, align: 'right' },
      ],
      rows: decision.unpaidInstalments.map((i) => [String(i.number), short(i.dueOn), money(i.owed)]),
      total: ['TOTAL', '', money(decision.unpaidInstalments.reduce((sum, i) => sum + i.owed, 0))],
    },
    heading('RESUELVE'),
    ...numbered([
      `DECLARAR SIN VIGENCIA el acuerdo de pago ${agreementNumber(a.id)} concedido a ${debtorIdentified(data)}, por incumplimiento.`,
      `ORDENAR hacer efectivas las garantías otorgadas hasta la concurrencia del saldo insoluto de ${words(decision.outstanding)}. ${guaranteesText(a)}`,
      'REANUDAR de inmediato el procedimiento de cobro coactivo por el saldo insoluto, con los intereses de mora que se causen hasta la fecha de pago.',
      'REPORTAR al deudor (y al tercero que se obligó solidariamente, si lo hay) en el Boletín de Deudores Morosos del Estado de la Contaduría General de la Nación (Ley 901 de 2004).',
      'No se concederán nuevos acuerdos de pago para las obligaciones objeto del acuerdo declarado sin vigencia.',
    ]),
    paragraph('RECURSOS: contra la presente resolución procede el recurso de reposición dentro del mes siguiente a su notificación (artículo 814-3 del Estatuto Tributario).'),
  ])
}
