import Link from 'next/link'
import React from 'react'

import { Notice } from '@/payouts/portal/Notice'
import { fetchAsProvider, jsonOrError } from '@/payouts/portal/requireSession'
import { PORTAL_PATH } from '@/payouts/portalUrl'
import { formatPesos } from '@/rules/money'
import { INVOICE_AMOUNTS } from '@/rules/payouts/invoiceFields'

type Invoice = { id: number; voucherNumber: string; documentType: string; invoiceNumber: string } & Record<string, number>
type Detail = { payout: { documentNumber: string; paidOn: string; paymentFormLabel: string }; docs: Invoice[]; page: number; totalPages: number; totalDocs: number }
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }

/** R-PAY-03: "Detalle de pagos" — the invoices the voucher crossed, 21 a page. */
export default async function VoucherPage({ params, searchParams }: Props) {
  const { id } = await params
  const page = Number((await searchParams).page ?? 1) || 1
  const result = await jsonOrError<Detail>(await fetchAsProvider(`/payouts/${encodeURIComponent(id)}/invoices?page=${page}`))
  const base = `${PORTAL_PATH}/pagos/${id}`
  if (!result.data) return <Notice error={result.error} />
  const { payout, docs, totalPages, totalDocs } = result.data
  return (
    <>
      <p>
        <Link href={`${PORTAL_PATH}/pagos`}>← Volver a la consulta</Link>
      </p>
      <h1>Comprobante {payout.documentNumber}</h1>
      <p>
        Fecha de pago {payout.paidOn} · {payout.paymentFormLabel} · {totalDocs} facturas
      </p>
      <a className="button" href={`${base}/excel`}>
        Descargar
      </a>
      <section className="card">
        <h2>Detalle de pagos</h2>
        <div className="table">
          <table>
            <thead>
              <tr>
                <th>N° comprobante de pago / anticipo</th>
                <th>Tipo documento</th>
                <th>Número de factura</th>
                {INVOICE_AMOUNTS.map((a) => (
                  <th key={a.name}>{a.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id}>
                  <td>{d.voucherNumber}</td>
                  <td>{d.documentType}</td>
                  <td>{d.invoiceNumber}</td>
                  {INVOICE_AMOUNTS.map((a) => (
                    <td key={a.name} className="num">
                      {formatPesos(d[a.name] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav className="pages" aria-label="Páginas">
          Página {result.data.page} de {totalPages}:{' '}
          {Array.from({ length: totalPages }, (_, i) => i + 1).map((n) =>
            n === page ? (
              <strong key={n}>{n} </strong>
            ) : (
              <Link key={n} href={`${base}?page=${n}`}>
                {n}
              </Link>
            ),
          )}
        </nav>
      </section>
    </>
  )
}
