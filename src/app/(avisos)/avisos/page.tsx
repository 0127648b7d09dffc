import config from '@payload-config'
import Link from 'next/link'
import { getPayload } from 'payload'
import React from 'react'

import { SLUGS } from '@/constants/slugs'
import { formatDayMonthYear } from '@/components/displayDates'
import { publicActUrls } from '@/notices/publicActUrls'
import { noticeSearchHref, NOTICES_PER_PAGE, parseNoticeSearch, publicNoticesWhere } from '@/notices/publicNoticesQuery'
import { NOTICE_KIND_OPTIONS } from '@/rules/notices/noticeDates'
import { idOf } from '@/utilities/idOf'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Avisos de notificación y remate' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const kindLabel = (kind: string) => NOTICE_KIND_OPTIONS.find((o) => o.value === kind)?.label ?? kind

/**
 * R-NOT-02: the notices posted now and the consultable archive, searchable by the debtor's name or
 * ID and filterable by branch and posting day. Read through the Local API as an anonymous visitor
 * (overrideAccess: false), so only published notices can appear.
 */
export default async function NoticesPage({ searchParams }: Props) {
  const search = parseNoticeSearch(await searchParams)
  const payload = await getPayload({ config })
  const notices = await payload.find({
    collection: SLUGS.notices,
    where: publicNoticesWhere(search),
    overrideAccess: false,
    depth: 0,
    limit: NOTICES_PER_PAGE,
    page: search.page,
    sort: '-postedOn',
    select: { kind: true, debtorName: true, debtorId: true, branchName: true, postedOn: true, takeDownOn: true, takenDownOn: true, auctionOn: true, document: true },
  })
  // The acts' PDFs, read as the visitor too: only those attached to a published notice come back.
  const actUrl = await publicActUrls(
    payload,
    notices.docs.map((n) => idOf(n.document)).filter((id): id is number => typeof id === 'number'),
  )
  // The branches' names are public (they head every notice); visitors cannot read the branches collection itself.
  const branches = await payload.find({ collection: SLUGS.branches, overrideAccess: true, depth: 0, pagination: false, sort: 'name', select: { name: true } })
  const archive = search.view === 'archivo'
  const heading = archive ? 'Archivo de avisos retirados' : 'Avisos fijados actualmente'

  return (
    <>
      <h1>Avisos de notificación y de remate</h1>
      <p>
        Actos administrativos que no pudieron notificarse personalmente ni por correo: cada aviso permanece fijado cinco días hábiles y la
        notificación se considera surtida al finalizar el día hábil siguiente a su retiro.
      </p>
      <nav className="views" aria-label="Vistas de avisos">
        <Link href={noticeSearchHref(search, { view: 'vigentes', page: 1 })} aria-current={archive ? undefined : 'page'}>
          Avisos vigentes
        </Link>
        <Link href={noticeSearchHref(search, { view: 'archivo', page: 1 })} aria-current={archive ? 'page' : undefined}>
          Archivo
        </Link>
      </nav>
      <section className="card" aria-labelledby="buscar">
        <h2 id="buscar">Buscar</h2>
        <form className="search" method="get" action="/avisos" role="search">
          {archive ? <input type="hidden" name="vista" value="archivo" /> : null}
          <div>
            <label htmlFor="q">Nombre o número de identificación del deudor</label>
            <input id="q" name="q" type="search" defaultValue={search.q} autoComplete="off" />
          </div>
          <div>
            <label htmlFor="sucursal">Sucursal</label>
            <select id="sucursal" name="sucursal" defaultValue={search.branch ? String(search.branch) : ''}>
              <option value="">Todas</option>
              {branches.docs.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="desde">Fijado desde</label>
            <input id="desde" name="desde" type="date" defaultValue={search.from ?? ''} />
          </div>
          <div>
            <label htmlFor="hasta">Fijado hasta</label>
            <input id="hasta" name="hasta" type="date" defaultValue={search.to ?? ''} />
          </div>
          <div>
            <button type="submit">Buscar</button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="resultados">
        <h2 id="resultados">{heading}</h2>
        <p className="meta" role="status">
          {notices.totalDocs === 0 ? 'No hay avisos que coincidan con la búsqueda.' : `${notices.totalDocs} aviso(s). Página ${notices.page} de ${notices.totalPages}.`}
        </p>
        <ol className="notices">
          {notices.docs.map((n) => (
            <li key={n.id}>
              <h3>
                <Link href={`/avisos/${n.id}`}>
                  {kindLabel(n.kind)}: {n.debtorName} · {n.debtorId}
                </Link>
              </h3>
              <p className="meta">
                {n.branchName ? `Sucursal ${n.branchName} · ` : ''}Fijado el {formatDayMonthYear(n.postedOn)}
                {archive ? ` · retirado el ${formatDayMonthYear(n.takenDownOn)}` : ` · se retira al cierre del ${formatDayMonthYear(n.takeDownOn)}`}
              </p>
              {actUrl.get(idOf(n.document) as number) ? (
                <p>
                  <a href={actUrl.get(idOf(n.document) as number)!} type="application/pdf" aria-label={`Copia del acto (PDF) del aviso de ${n.debtorName}`}>
                    Copia del acto (PDF)
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {notices.totalPages > 1 ? (
          <nav className="pages" aria-label="Páginas">
            {notices.hasPrevPage ? <Link href={noticeSearchHref(search, { page: search.page - 1 })}>« Anterior</Link> : null}
            <span>
              Página {notices.page} de {notices.totalPages}
            </span>
            {notices.hasNextPage ? <Link href={noticeSearchHref(search, { page: search.page + 1 })}>Siguiente »</Link> : null}
          </nav>
        ) : null}
      </section>
    </>
  )
}
