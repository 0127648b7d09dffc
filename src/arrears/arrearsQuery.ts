import type { Where } from 'payload'
import { z } from 'zod'

import { addDaysIso, bogotaDateOf, endOfBogotaDay } from '@/rules/calendar'
import { isoFromDayMonthYear } from '@/rules/dates/dayMonthYear'
import { arrearsSearchWords } from '@/rules/arrearsSearch'
import { ARREARS_BUCKETS, dueDateWindow, type ArrearsBucket } from '@/rules/arrears'
import { LINES_OF_BUSINESS } from '@/rules/linesOfBusiness'
import { POLICY_PAYMENT_STATUS } from '@/rules/policyStatuses'
import { CursorParam } from '@/utilities/keyset'

/** A filter date typed as dd/MM/yyyy (the form) or given as YYYY-MM-DD (links, the API), as ISO. */
const isoDate = (name: string) =>
  z
    .string()
    .transform((d, ctx) => {
      const iso = isoFromDayMonthYear(d)
      if (!iso) {
        const shaped = /^\d{1,2}\/\d{1,2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(d.trim())
        ctx.addIssue({ code: 'custom', message: shaped ? `${name} no es una fecha del calendario.` : `${name} debe tener el formato DD/MM/AAAA.` })
        return z.NEVER
      }
      return iso
    })

/** R-CAR-03: the filters of the arrears module, shared by the table, its Excel and the totals. */
export const ArrearsQuery = z
  .object({
    asOf: isoDate('asOf').optional(),
    bucket: z
      .enum(ARREARS_BUCKETS.map((b) => b.value) as [ArrearsBucket, ...ArrearsBucket[]], {
        error: `bucket debe ser una de ${ARREARS_BUCKETS.map((b) => b.value).join(', ')} (en la URL, 90+ va como 90%2B).`,
      })
      .optional(),
    from: isoDate('from').optional(),
    to: isoDate('to').optional(),
    dateField: z.enum(['coverStart', 'issueDate'], { error: 'dateField debe ser coverStart o issueDate.' }).default('coverStart'),
    lineOfBusiness: z
      .enum(LINES_OF_BUSINESS.map((l) => l.value) as [string, ...string[]], {
        error: `lineOfBusiness debe ser uno de ${LINES_OF_BUSINESS.map((l) => l.value).join(', ')}.`,
      })
      .optional(),
    // R-CAR-03: free text (policy number, plate, holder's name or ID, clave), every word must appear.
    // Folded and checked here (a 400 naming q); arrearsWhere only uses it.
    q: z
      .string()
      .transform((text, ctx) => {
        try {
          return arrearsSearchWords(text)
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `R-CAR-03: ${(error as Error).message}` })
          return z.NEVER
        }
      })
      .optional(),
    clave: z.string().trim().regex(/^\d{3,10}$/, 'clave debe tener de 3 a 10 dígitos.').optional(),
    // Narrows national staff to one branch; access still limits everyone to their own rows.
    branch: z.coerce.number({ error: 'branch debe ser el id de una sucursal.' }).int().positive('branch debe ser el id de una sucursal.').optional(),
    page: z.coerce.number().int().min(1, 'page empieza en 1.').default(1),
    // Keyset pagination: the `nextCursor` of the previous page (due date, id); preferred to `page` on large portfolios.
    after: CursorParam.optional(),
    limit: z.coerce.number().int().min(1).max(500, 'limit va de 1 a 500.').default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from no puede ser posterior a to.', path: ['from'] })

export type ArrearsQuery = z.infer<typeof ArrearsQuery>

const startOfBogotaDay = (date: string) => new Date(endOfBogotaDay(addDaysIso(date, -1)).getTime() + 1).toISOString()

/** Today in Bogotá, the default "figures as of" date. */
export const todayInBogota = (now = new Date()) => bogotaDateOf(now)

/** R-CAR-01/03: unpaid policies past due as of `asOf`, narrowed by the filters, as a Payload `Where`. */
export const arrearsWhere = (q: ArrearsQuery & { asOf: string }): Where => {
  const window = dueDateWindow(q.asOf, q.bucket)
  const and: Where[] = [
    { paymentStatus: { in: [POLICY_PAYMENT_STATUS.pending, POLICY_PAYMENT_STATUS.partial] } },
    { paymentDueDate: { less_than: window.to.toISOString() } },
  ]
  if (window.from) and.push({ paymentDueDate: { greater_than_equal: window.from.toISOString() } })
  if (q.from) and.push({ [q.dateField]: { greater_than_equal: startOfBogotaDay(q.from) } })
  if (q.to) and.push({ [q.dateField]: { less_than: startOfBogotaDay(addDaysIso(q.to, 1)) } })
  if (q.lineOfBusiness) and.push({ lineOfBusiness: { equals: q.lineOfBusiness } })
  if (q.clave) and.push({ clave: { equals: q.clave } })
  if (q.branch) and.push({ branch: { equals: q.branch } })
  if (q.q) and.push({ searchText: { like: q.q } })
  return { and }
}
