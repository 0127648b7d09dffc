import Link from 'next/link'
import React from 'react'

import { Notice } from '@/payouts/portal/Notice'
import { fetchAsProvider, jsonOrError } from '@/payouts/portal/requireSession'
import { PORTAL_PATH } from '@/payouts/portalUrl'
import { formatPesos } from '@/rules/money'
import { signOut } from '@/app/(portal)/portal/prestadores/actions'

type Row = {
  item: number
  id: number
  paidOn: string
  bankName: string
  accountType: string
  accountNumber: string
  paymentFormLabel: string
  documentNumber: string
  amountPaid: number
  pendingToApply: number
  advancePendingToApply: number
}
type Period = { docs: Row[]; totalPaid: number }
type Props = { searchParams: Promise<{ from?: string; to?: string }> }

/** R-PAY-02: "Consulta de pagos" — vouchers of a dd/MM/yyyy period with the total paid. */
export default async function PaymentsPage({ searchParams }: Props) {
  const { from = '', to = '' } = await searchParams
  const result = from || to ? await jsonOrError<Period>(await fetchAsProvider(`/payouts/period?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)) : null
  if (!result) await fetchAsProvider('/users/me')
  return (
    <>
      <form action={signOut}>
        <button type="submit">Cerrar sesión</button>
      </form>
      <h1>Consulta de pagos</h1>
      <form className="card" method="get">
        <label htmlFor="from">Periodo de pago: desde (dd/MM/aaaa)</label>
        <input id="from" name="from" defaultValue={from} placeholder="01/01/2026" required />
        <label htmlFor="to">hasta (dd/MM/aaaa)</label>
        <input id="to" name="to" defaultValue={to} placeholder="31/01/2026" required />
        <button type="submit">Buscar</button>
      </form>
      <p>La consulta de los comprobantes de egreso solo muestra los documentos generados desde el año 2017.</p>
      <Notice error={result?.error} />
      {result?.data ? (
        <section className="card">
          <h2>Comprobantes de egreso</h2>
          <div className="table">
            <table>
              <thead>
                <tr>
                  {['Ítem', 'Fecha de pago', 'Nombre del banco', 'Tipo de cuenta', 'Número de cuenta', 'Forma de pago', 'N° documento', 'Valor pago', 'Valor pendiente por aplicar', 'Valor pendiente por aplicar anticipo', 'Detalle'].map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.data.docs.map((r) => (
                  <tr key={r.id}>
                    <td>{r.item}</td>
                    <td>{r.paidOn}</td>
                    <td>{r.bankName}</td>
                    <td>{r.accountType}</td>
                    <td>{r.accountNumber}</td>
                    <td>{r.paymentFormLabel}</td>
                    <td>{r.documentNumber}</td>
                    <td className="num">{formatPesos(r.amountPaid)}</td>
                    <td className="num">{formatPesos(r.pendingToApply)}</td>
                    <td className="num">{formatPesos(r.advancePendingToApply)}</td>
                    <td>
                      <Link href={`${PORTAL_PATH}/pagos/${r.id}`}>Ver detalle</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <strong>Total pagado: {formatPesos(result.data.totalPaid)}</strong> ({result.data.docs.length} comprobantes)
          </p>
        </section>
      ) : null}
    </>
  )
}
