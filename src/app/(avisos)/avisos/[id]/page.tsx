import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { SLUGS } from '@/constants/slugs'
import { formatDayMonthYear } from '@/components/displayDates'
import { publicActUrls } from '@/notices/publicActUrls'
import { PUBLISHED } from '@/rules/access/publishedNotices'
import { NOTICE_KIND_OPTIONS, NOTICE_KINDS, NOTICE_STATES } from '@/rules/notices/noticeDates'
import { idOf } from '@/utilities/idOf'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/**
 * One published notice: its text and the copy of the act (PDF). Read as an anonymous visitor, so a
 * draft or an unknown id is "not found"; the act is linked through its public file URL.
 */
export default async function NoticePage({ params }: Props) {
  const id = Number((await params).id)
  if (!Number.isSafeInteger(id) || id <= 0) notFound()
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: SLUGS.notices, where: { and: [PUBLISHED, { id: { equals: id } }] }, overrideAccess: false, depth: 0, limit: 1 })
  const notice = docs[0]
  if (!notice) notFound()
  const documentId = idOf(notice.document)
  const actUrl = typeof documentId === 'number' ? (await publicActUrls(payload, [documentId])).get(documentId) : undefined
  const kind = NOTICE_KIND_OPTIONS.find((o) => o.value === notice.kind)?.label ?? notice.kind
  const takenDown = notice.postingStatus === NOTICE_STATES.takenDown

  return (
    <article>
      <p>
        <Link href="/avisos">« Volver a los avisos</Link>
      </p>
      <h1>
        {kind}: {notice.debtorName}
      </h1>
      <section className="card" aria-labelledby="datos">
        <h2 id="datos">Datos del aviso</h2>
        <dl className="facts">
          <dt>Deudor</dt>
          <dd>{notice.debtorName}</dd>
          <dt>Identificación</dt>
          <dd>{notice.debtorId}</dd>
          {notice.branchName ? (
            <>
              <dt>Sucursal</dt>
              <dd>{notice.branchName}</dd>
            </>
          ) : null}
          <dt>Fijado el</dt>
          <dd>{formatDayMonthYear(notice.postedOn)}</dd>
          {notice.kind === NOTICE_KINDS.auction ? (
            <>
              <dt>Fecha del remate</dt>
              <dd>{formatDayMonthYear(notice.auctionOn)}</dd>
            </>
          ) : (
            <>
              <dt>Se retira al cierre del</dt>
              <dd>{formatDayMonthYear(notice.takeDownOn)}</dd>
              <dt>Notificación surtida al finalizar el</dt>
              <dd>{formatDayMonthYear(notice.deemedNotifiedOn)}</dd>
            </>
          )}
          <dt>Estado</dt>
          <dd>{takenDown ? `Retirado el ${formatDayMonthYear(notice.takenDownOn)} (archivo)` : 'Fijado'}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="texto">
        <h2 id="texto">Texto del aviso</h2>
        <RichText data={notice.text} />
      </section>
      <section className="card" aria-labelledby="acto">
        <h2 id="acto">Copia del acto</h2>
        {actUrl ? (
          <p>
            <a href={actUrl} type="application/pdf">
              Descargar la copia íntegra del acto (PDF)
            </a>
          </p>
        ) : (
          <p>Este aviso no tiene copia del acto adjunta.</p>
        )}
      </section>
    </article>
  )
}
