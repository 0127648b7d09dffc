import { createLocalReq, type Payload } from 'payload'

import { SLUGS } from '@/constants/slugs'
import { lexicalParagraphs } from '@/notices/lexicalParagraphs'
import type { Notification } from '@/payload-types'
import { addDaysIso, weekdayOf } from '@/rules/calendar'
import { NOTICE_KINDS } from '@/rules/notices/noticeDates'
import { takeDownNotices } from '@/sweep/takeDownNotices'
import { bogotaToday } from './dates'

const DEMO_DEBTOR_NIT = '900123456'

/**
 * Issue 11 demo, on the case of "Constructora Ejemplo S.A.S." (src/seed/demoCases.ts), written
 * by the editor through the real hooks: the notice of its LCD (published, then taken down by the
 * sweep's own step: in the archive), the announcement of the auction of its seized goods (posted
 * last Sunday, up until the auction) and a draft notice of its payment order. Idempotent: nothing
 * is written once any notice exists; without the demo case it does nothing.
 */
export const seedDemoNotices = async (payload: Payload) => {
  const log = (message: string) => payload.logger.info(`Avisos de demostración: ${message}`)
  if ((await payload.count({ collection: SLUGS.notices, overrideAccess: true })).totalDocs > 0) return
  const editor = (await payload.find({ collection: SLUGS.users, where: { email: { equals: 'editor@demo.co' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const debtor = (await payload.find({ collection: SLUGS.parties, where: { idNumber: { equals: DEMO_DEBTOR_NIT } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const theCase = debtor && (await payload.find({ collection: SLUGS.cases, where: { debtor: { equals: debtor.id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (!editor || !theCase) {
    log('no se cargan: falta el expediente de demostración o el usuario editor@demo.co.')
    return
  }
  const notifications = (await payload.find({ collection: SLUGS.notifications, where: { case: { equals: theCase.id } }, depth: 0, overrideAccess: true })).docs as Notification[]
  const lcd = notifications.find((n) => n.act === 'LCD' && n.facts?.noticePostedOn)
  const order = notifications.find((n) => n.act === 'MANDAMIENTO_DE_PAGO')
  if (!lcd || !order) {
    log('no se cargan: el expediente de demostración no tiene la notificación por aviso de su LCD ni su mandamiento de pago.')
    return
  }
  const today = bogotaToday()
  const lastSunday = addDaysIso(today, -weekdayOf(today))
  const req = await createLocalReq({ user: { ...editor, collection: SLUGS.users } }, payload)
  const asEditor = { overrideAccess: false, user: editor, depth: 0, req } as const
  const name = debtor.displayName ?? 'Constructora Ejemplo S.A.S.'

  const writeNotices = async () => {
    await payload.create({
      collection: SLUGS.notices,
      data: {
        kind: NOTICE_KINDS.notification,
        notification: lcd.id,
        postedOn: lcd.facts!.noticePostedOn!,
        text: lexicalParagraphs(
          `Se notifica por aviso a ${name}, NIT ${DEMO_DEBTOR_NIT}, la Liquidación Certificada de Deuda de su expediente ${theCase.title ?? ''}.`,
          'La notificación se considera surtida al finalizar el día hábil siguiente al retiro de este aviso. Contra la liquidación procede el recurso de reposición dentro de los diez días hábiles siguientes.',
        ),
        _status: 'published',
      },
      ...asEditor,
    })
    await payload.create({
      collection: SLUGS.notices,
      data: {
        kind: NOTICE_KINDS.auction,
        notification: order.id,
        postedOn: lastSunday,
        auctionOn: addDaysIso(lastSunday, 14),
        text: lexicalParagraphs(
          `Se anuncia el remate de los bienes embargados a ${name} dentro del proceso de cobro coactivo ${theCase.title ?? ''}.`,
          'Base de la licitación: setenta por ciento (70 %) del avalúo. Los postores consignarán previamente el cuarenta por ciento (40 %) del avalúo.',
        ),
        _status: 'published',
      },
      ...asEditor,
    })
    await payload.create({
      collection: SLUGS.notices,
      data: {
        kind: NOTICE_KINDS.notification,
        notification: order.id,
        postedOn: today,
        text: lexicalParagraphs(`Borrador: aviso del mandamiento de pago a ${name}.`),
        _status: 'draft',
      },
      draft: true,
      ...asEditor,
    })
    // The LCD's notice came down long ago: the sweep's own step moves it to the archive.
    const { takenDown } = await takeDownNotices(await createLocalReq({}, payload), today)
    log(`3 avisos (${takenDown} en el archivo, 1 vigente, 1 borrador) del expediente ${theCase.title ?? theCase.id}.`)
  }
  try {
    await writeNotices()
  } catch (error) {
    // Dated from today, a rule may refuse a notice (e.g. the demo case closed): the demo still starts.
    payload.logger.error({ err: error }, 'Avisos de demostración: no se cargaron.')
  }
}
