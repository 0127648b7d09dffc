import type { DeadlineFlag } from '@/rules/cases/caseDeadlines'
import { escapeHtml } from './escapeHtml'

export type DigestItem = { caseTitle: string; deadlineLabel: string; date: string; flag: DeadlineFlag }

const FLAG_LABELS: Record<DeadlineFlag, string> = { VENCIDO: 'VENCIDO', POR_VENCER: 'Por vencer', EN_TERMINO: 'En término' }

/** R-NOT-01/03 template `deadlineDigest`: the daily e-mail to one responsible person, overdue terms first, then the nearest. */
export function composeDeadlineDigest(input: { recipientName: string; asOf: string; items: DigestItem[] }): {
  subject: string
  text: string
  html: string
} {
  const items = [...input.items].sort((a, b) =>
    a.flag !== b.flag ? (a.flag === 'VENCIDO' ? -1 : b.flag === 'VENCIDO' ? 1 : 0) : a.date.localeCompare(b.date),
  )
  const overdue = items.filter((i) => i.flag === 'VENCIDO').length
  const soon = items.length - overdue
  const subject = `Vencimientos de cobro al ${input.asOf}: ${overdue} vencidos, ${soon} por vencer`
  const lines = items.map((i) => `- [${FLAG_LABELS[i.flag]}] ${i.date} · ${i.caseTitle} · ${i.deadlineLabel}`)
  const text = [`Hola ${input.recipientName},`, '', `Términos legales de sus expedientes al ${input.asOf}:`, '', ...lines, ''].join('\n')
  const rows = items
    .map(
      (i) =>
        `<tr><td>${FLAG_LABELS[i.flag]}</td><td>${i.date}</td><td>${escapeHtml(i.caseTitle)}</td><td>${escapeHtml(i.deadlineLabel)}</td></tr>`,
    )
    .join('')
  const html = `<p>Hola ${escapeHtml(input.recipientName)},</p><p>Términos legales de sus expedientes al ${input.asOf}:</p><table><thead><tr><th>Alerta</th><th>Vence</th><th>Expediente</th><th>Término</th></tr></thead><tbody>${rows}</tbody></table>`
  return { subject, text, html }
}
