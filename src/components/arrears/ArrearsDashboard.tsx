import { headers } from 'next/headers'
import { createLocalReq, type ServerProps } from 'payload'

import { seesArrearsPortfolio } from '../../../access/seesArrearsPortfolio'
import { arrearsDashboard } from '@/arrears/arrearsDashboard'
import { ADMIN_VIEWS } from '@/constants/adminPaths'
import { formatIsoDate } from '@/components/displayDates'
import { ArrearsTotals } from './ArrearsTotals'

/**
 * Admin home (beforeDashboard): the arrears the signed-in staff member may read, as of today in
 * Bogotá, by bucket and by branch. Read as the full principal from the session (the `user`
 * prop has field read access applied), so the row access is exactly the API's.
 */
export const ArrearsDashboard = async ({ payload, user }: ServerProps) => {
  if (!seesArrearsPortfolio({ req: { user: user ?? null } })) return null
  const { user: principal } = await payload.auth({ headers: await headers() })
  if (!principal) return null
  const data = await arrearsDashboard(await createLocalReq({ user: principal }, payload))
  const adminRoute = payload.config.routes.admin
  return (
    <section className="cartera-dashboard">
      <header className="cartera-dashboard__header">
        <h2>Cartera en mora</h2>
        <span className="cartera-asof">Cifras al {formatIsoDate(data.asOf)}</span>
        <a className="btn btn--style-secondary btn--size-small" href={`${adminRoute}${ADMIN_VIEWS.arrears}`}>
          Ver el detalle
        </a>
      </header>
      <ArrearsTotals data={data} bucketHref={(bucket) => `${adminRoute}${ADMIN_VIEWS.arrears}?bucket=${encodeURIComponent(bucket)}`} />
    </section>
  )
}
