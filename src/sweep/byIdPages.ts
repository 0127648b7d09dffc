import type { PayloadRequest, Where } from 'payload'

/** Walks a collection in id order, page by page, so rows updated on the way never shift a page. */
export async function* byIdPages<T extends { id: number }>(
  req: PayloadRequest,
  collection: string,
  where: Where,
  select: Record<string, unknown>,
  pageSize: number,
): AsyncGenerator<T[]> {
  let lastId = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: collection as never,
      where: { and: [where, { id: { greater_than: lastId } }] },
      sort: 'id',
      limit: pageSize,
      pagination: false,
      depth: 0,
      select: select as never,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) return
    yield docs as unknown as T[]
    lastId = (docs.at(-1) as unknown as T).id
  }
}
