import type { PayloadRequest } from 'payload'

import { checkInput, type InputIssue } from '@/http/parseInput'
import { SLUGS } from '@/constants/slugs'
import { userScope } from '@/rules/access/userScope'
import { labelArrearsTotals, type ArrearsDashboardData } from './arrearsDashboard'
import { ArrearsQuery } from './arrearsQuery'
import type { ArrearsRow } from './arrearsRows'
import { findArrearsPage } from './findArrearsPage'

type SearchParams = Record<string, string | string[] | undefined>

/** The filters the form sends, as text: first value of each, empty fields dropped (an empty select means "all"). */
export const readArrearsSearch = (searchParams: SearchParams = {}): Record<string, string> =>
  Object.fromEntries(
    Object.entries(searchParams)
      .map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value)?.trim()] as const)
      .filter((entry): entry is readonly [string, string] => Boolean(entry[1])),
  )

/** A query string with the same filters (links to other pages and to the Excel exports). */
export const arrearsSearchString = (filters: Record<string, string | number | undefined>, overrides: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  return params.toString()
}

export type ArrearsViewData =
  | { ok: false; issues: InputIssue[]; filters: Record<string, string>; branchOptions: BranchOption[] }
  | {
      ok: true
      filters: Record<string, string>
      query: ArrearsQuery
      asOf: string
      totals: ArrearsDashboardData
      rows: ArrearsRow[]
      totalDocs: number
      page: number
      totalPages: number
      branchOptions: BranchOption[]
    }

type BranchOption = { value: number; label: string }

/** The branch filter is offered to staff who see every branch; branch staff are already held to theirs by access. */
const branchOptions = async (req: PayloadRequest): Promise<BranchOption[]> => {
  if (userScope(req.user) !== 'all') return []
  const { docs } = await req.payload.find({
    collection: SLUGS.branches,
    select: { code: true, name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((b) => ({ value: b.id, label: `${b.name} (${b.code})` }))
}

/**
 * R-CAR-01…03 in the admin: the query string validated with the API's own schema (a bad filter
 * comes back as Spanish messages, not an exception), then the same page, totals and rows the
 * API gives this user, with its row access.
 */
export const loadArrearsView = async (req: PayloadRequest, searchParams?: SearchParams): Promise<ArrearsViewData> => {
  const filters = readArrearsSearch(searchParams)
  const options = await branchOptions(req)
  const checked = checkInput(ArrearsQuery, filters)
  if (!checked.ok) return { ok: false, issues: checked.issues, filters, branchOptions: options }
  const found = await findArrearsPage(req, checked.data)
  return {
    ok: true,
    filters,
    query: checked.data,
    asOf: found.asOf,
    totals: await labelArrearsTotals(req, found.totals, found.asOf),
    rows: found.rows,
    totalDocs: found.totalDocs,
    page: found.page ?? checked.data.page,
    totalPages: found.totalPages,
    branchOptions: options,
  }
}
