import { describe, expect, it } from 'vitest'

import { noticeSearchHref, parseNoticeSearch, publicNoticesWhere } from '@/notices/publicNoticesQuery'
import { PUBLISHED } from '@/rules/access/publishedNotices'

describe('the search of /avisos', () => {
  it('R-NOT-02 reads the query string, ignoring what is malformed', () => {
    expect(parseNoticeSearch({ vista: 'archivo', q: ' 900123456 ', sucursal: '3', desde: '2026-12-01', hasta: '01/12/2026', pagina: '2' })).toEqual({
      view: 'archivo',
      q: '900123456',
      branch: 3,
      from: '2026-12-01',
      to: null,
      page: 2,
    })
    expect(parseNoticeSearch({ sucursal: 'x', pagina: '-1' })).toEqual({ view: 'vigentes', q: '', branch: null, from: null, to: null, page: 1 })
  })

  it('R-NOT-02 only published notices, posted now or in the archive, by name or ID, branch and posting days', () => {
    const current = publicNoticesWhere(parseNoticeSearch({}))
    expect(current).toEqual({ and: [PUBLISHED, { postingStatus: { equals: 'FIJADO' } }] })
    const archive = publicNoticesWhere(parseNoticeSearch({ vista: 'archivo', q: '900.123.456', sucursal: '3', desde: '2026-12-01', hasta: '2026-12-31' }))
    expect(archive).toEqual({
      and: [
        PUBLISHED,
        { postingStatus: { equals: 'RETIRADO' } },
        { or: [{ debtorName: { like: '900.123.456' } }, { debtorId: { like: '900123456' } }] },
        { branch: { equals: 3 } },
        { postedOn: { greater_than_equal: '2026-12-01T00:00:00.000Z' } },
        { postedOn: { less_than_equal: '2026-12-31T23:59:59.999Z' } },
      ],
    })
    expect(publicNoticesWhere(parseNoticeSearch({ q: 'Constructora' }))).toEqual({
      and: [PUBLISHED, { postingStatus: { equals: 'FIJADO' } }, { or: [{ debtorName: { like: 'Constructora' } }] }],
    })
  })

  it('R-NOT-02 links keep the search and change only what they say', () => {
    const search = parseNoticeSearch({ q: 'Ana', sucursal: '3', pagina: '2' })
    expect(noticeSearchHref(search, { page: 3 })).toBe('/avisos?q=Ana&sucursal=3&pagina=3')
    expect(noticeSearchHref(search, { view: 'archivo', page: 1 })).toBe('/avisos?vista=archivo&q=Ana&sucursal=3')
    expect(noticeSearchHref(parseNoticeSearch({}))).toBe('/avisos')
  })
})
