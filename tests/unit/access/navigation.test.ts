import { describe, expect, it } from 'vitest'

import { homeSectionsFor, NAV_ROLES, showsInNav } from '@/auth/navigation'
import { ROLE_OPTIONS, ROLES } from '@/auth/roles'
import { SLUGS } from '@/constants/slugs'
import { withRoleNavigation } from '@/utilities/withRoleNavigation'

const navOf = (role: string) => Object.values(SLUGS).filter((slug) => showsInNav(slug, role))

describe('navigation per role (issue 14): each role finds what it works with', () => {
  it('R-ROL-01 an external firm does not find users, branches, settings, request kinds, legalizations nor payments', () => {
    const firm = navOf(ROLES.externalFirm)
    for (const slug of [SLUGS.users, SLUGS.branches, SLUGS.settings, SLUGS.requestKinds, SLUGS.legalizations, SLUGS.payments]) {
      expect(firm, slug).not.toContain(slug)
    }
    expect(firm).toEqual(expect.arrayContaining([SLUGS.cases, SLUGS.parties, SLUGS.policies, SLUGS.agreements, SLUGS.notifications]))
  })

  it('R-ROL-01 the editor finds the notices and the notifications they publish, not the portfolio', () => {
    const editor = navOf(ROLES.editor)
    expect(editor).toEqual(expect.arrayContaining([SLUGS.notices, SLUGS.notifications]))
    for (const slug of [SLUGS.cases, SLUGS.parties, SLUGS.policies, SLUGS.requests, SLUGS.users, SLUGS.payouts]) expect(editor, slug).not.toContain(slug)
  })

  it('R-ROL-05 the executor officer finds the coactive work: cases, guarantees, agreements and the BDME register', () => {
    const executor = navOf(ROLES.executorOfficer)
    expect(executor).toEqual(expect.arrayContaining([SLUGS.cases, SLUGS.guarantees, SLUGS.agreements, SLUGS.bdmeEntries, SLUGS.documents]))
    expect(executor).not.toContain(SLUGS.legalizations)
    expect(executor).not.toContain(SLUGS.users)
  })

  it('R-ROL-01 branch staff find the back office of their branch, not users, branches nor settings', () => {
    for (const role of [ROLES.branchManager, ROLES.branchProfessional]) {
      const nav = navOf(role)
      expect(nav).toEqual(expect.arrayContaining([SLUGS.requests, SLUGS.legalizations, SLUGS.payments, SLUGS.cases]))
      for (const slug of [SLUGS.users, SLUGS.branches, SLUGS.settings, SLUGS.bdmeEntries]) expect(nav, slug).not.toContain(slug)
    }
  })

  it('R-ROL-01 the administrator finds every collection and global; nobody signed out finds any listed one', () => {
    expect(navOf(ROLES.admin)).toEqual(Object.values(SLUGS))
    expect(Object.keys(NAV_ROLES).filter((slug) => showsInNav(slug, undefined))).toEqual([])
  })

  it('R-ROL-02 portals have no admin navigation at all', () => {
    expect(navOf(ROLES.broker)).toEqual([])
    expect(navOf(ROLES.provider)).toEqual([])
  })

  it('R-ROL-01 every role in the table is a role, and a collection outside it keeps Payload\'s default', () => {
    const roles = ROLE_OPTIONS.map((o) => o.value as string)
    for (const [slug, allowed] of Object.entries(NAV_ROLES)) for (const role of allowed) expect(roles, slug).toContain(role)
    expect(showsInNav('una-coleccion-nueva', ROLES.externalFirm)).toBe(true)
  })

  it('R-ROL-01 withRoleNavigation sets admin.hidden from the table and keeps a collection hidden for everyone hidden', () => {
    const [users, counters, other] = withRoleNavigation([
      { slug: SLUGS.users, fields: [] },
      { slug: 'case-number-counters', admin: { hidden: true }, fields: [] },
      { slug: SLUGS.cases, admin: { hidden: ({ user }: { user: any }) => user?.role === ROLES.editor }, fields: [] },
    ])
    const hidden = (c: any, role: string) => c.admin.hidden({ user: { role } })
    expect(hidden(users, ROLES.externalFirm)).toBe(true)
    expect(hidden(users, ROLES.collectionsManager)).toBe(false)
    expect(counters!.admin!.hidden).toBe(true)
    expect(hidden(other, ROLES.editor)).toBe(true)
    expect(hidden(other, ROLES.branchManager)).toBe(false)
  })
})

describe('admin home per role (issue 14): it leads with the role\'s own work', () => {
  it('R-ROL-01 collectors lead with the worklist, managers with the indicators, the administrator with registrations and imports', () => {
    expect(homeSectionsFor(ROLES.branchProfessional)[0]).toBe('worklist')
    expect(homeSectionsFor(ROLES.externalFirm)[0]).toBe('worklist')
    expect(homeSectionsFor(ROLES.executorOfficer)[0]).toBe('worklist')
    expect(homeSectionsFor(ROLES.collectionsManager)[0]).toBe('indicators')
    expect(homeSectionsFor(ROLES.branchManager)[0]).toBe('indicators')
    expect(homeSectionsFor(ROLES.admin).slice(0, 2)).toEqual(['registrations', 'imports'])
    expect(homeSectionsFor(ROLES.editor)).toEqual(['notices'])
  })
  it('R-ROL-02 portal users and nobody get no admin home', () => {
    expect(homeSectionsFor(ROLES.broker)).toEqual([])
    expect(homeSectionsFor(undefined)).toEqual([])
    expect(homeSectionsFor('otro')).toEqual([])
  })
})
