import { headers } from 'next/headers'
import { createLocalReq, type PayloadRequest, type ServerProps } from 'payload'

import { homeSectionsFor, type HomeSection } from '@/auth/navigation'
import { findWorklist, keepsAWorklist } from '@/cases/findWorklist'
import { ADMIN_VIEWS } from '@/constants/adminPaths'
import { SLUGS } from '@/constants/slugs'
import { formatLegalDate } from '@/components/worklist/formatLegalDate'
import { REGISTRATION_STATUS } from '@/rules/payouts/registration'

/** The deterioration indicators' admin view (built apart; linked from the managers' home). */
const INDICATORS_PATH = '/indicadores'

const FLAG_LABELS: Record<string, string> = { VENCIDO: 'Vencido', POR_VENCER: 'Por vencer', EN_TERMINO: 'En término' }

type Section = (props: { req: PayloadRequest; adminRoute: string }) => Promise<React.ReactNode>

const WorklistSection: Section = async ({ req, adminRoute }) => {
  if (!keepsAWorklist(req.user)) return null
  const list = await findWorklist(req, { scope: 'mine', limit: 5, page: 1 })
  return (
    <section className="role-home__card" aria-labelledby="home-worklist">
      <h2 id="home-worklist">Mi lista de trabajo</h2>
      <p>
        {list.totalDocs === 0
          ? 'No tiene expedientes abiertos a su cargo.'
          : `${list.totalDocs} expediente${list.totalDocs === 1 ? '' : 's'} abierto${list.totalDocs === 1 ? '' : 's'} a su cargo; los más urgentes:`}
      </p>
      {list.docs.length > 0 && (
        <ul className="role-home__list">
          {list.docs.map((c) => (
            <li key={c.id} data-flag={c.flag ?? ''}>
              <a href={`${adminRoute}/collections/${SLUGS.cases}/${c.id}`}>{c.title}</a>
              <span>
                {c.nextDeadline ? `${formatLegalDate(c.nextDeadline)} · ${c.flag ? FLAG_LABELS[c.flag] : ''}` : 'Sin término abierto'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <a className="btn btn--style-primary btn--size-small" href={`${adminRoute}${ADMIN_VIEWS.worklist}`}>
        Ver mi lista de trabajo
      </a>
    </section>
  )
}

const IndicatorsSection: Section = async ({ adminRoute }) => (
  <section className="role-home__card" aria-labelledby="home-indicators">
    <h2 id="home-indicators">Indicadores de deterioro</h2>
    <p>La cartera por sucursal, ramo y franja de mora, mes a mes.</p>
    <a className="btn btn--style-primary btn--size-small" href={`${adminRoute}${INDICATORS_PATH}`}>
      Ver los indicadores
    </a>
  </section>
)

const RegistrationsSection: Section = async ({ req, adminRoute }) => {
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.providerRegistrations,
    where: { status: { equals: REGISTRATION_STATUS.pending } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const href = `${adminRoute}/collections/${SLUGS.providerRegistrations}?where[status][equals]=${REGISTRATION_STATUS.pending}`
  return (
    <section className="role-home__card" aria-labelledby="home-registrations">
      <h2 id="home-registrations">Registros de prestadores por activar</h2>
      <p className="role-home__figure">{totalDocs}</p>
      <a className="btn btn--style-primary btn--size-small" href={href}>
        Revisar los registros
      </a>
    </section>
  )
}

const ImportsSection: Section = async ({ req, adminRoute }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'importPayouts' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (
    <section className="role-home__card" aria-labelledby="home-imports">
      <h2 id="home-imports">Cargas de comprobantes en curso</h2>
      <p className="role-home__figure">{totalDocs}</p>
      <a className="btn btn--style-secondary btn--size-small" href={`${adminRoute}/collections/${SLUGS.payouts}`}>
        Ver los comprobantes
      </a>
    </section>
  )
}

const NoticesSection: Section = async ({ req, adminRoute }) => {
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.notices,
    where: { _status: { equals: 'draft' } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (
    <section className="role-home__card" aria-labelledby="home-notices">
      <h2 id="home-notices">Avisos por publicar</h2>
      <p className="role-home__figure">{totalDocs}</p>
      <a className="btn btn--style-primary btn--size-small" href={`${adminRoute}/collections/${SLUGS.notices}`}>
        Ver los avisos
      </a>
    </section>
  )
}

const SECTIONS: Record<HomeSection, Section> = {
  worklist: WorklistSection,
  indicators: IndicatorsSection,
  registrations: RegistrationsSection,
  imports: ImportsSection,
  notices: NoticesSection,
}

/**
 * Admin home (beforeDashboard), first thing on the page: the signed-in role's own work
 * (`homeSectionsFor`) — the worklist for collectors, the indicators for managers, pending
 * registrations and imports for administrators, notices for editors. Read as the full principal
 * from the session with the user's own access, like the arrears dashboard below it.
 */
export const RoleHome = async ({ payload }: ServerProps) => {
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return null
  const sections = homeSectionsFor(user.role)
  if (sections.length === 0) return null
  const req = await createLocalReq({ user }, payload)
  const adminRoute = payload.config.routes.admin
  const rendered = []
  for (const key of sections) {
    const Render = SECTIONS[key]
    rendered.push(<Render key={key} req={req} adminRoute={adminRoute} />)
  }
  return (
    <div className="role-home">
      <h1 className="role-home__greeting">Hola, {user.name}</h1>
      <div className="role-home__cards">{rendered}</div>
    </div>
  )
}
