import type { PayloadRequest, SelectType, Where } from 'payload'

/**
 * Reads a collection as the signed-in user, in id order, one batch at a time (keyset pagination:
 * `id > last`), so an export never holds more than one batch. The first batch is read eagerly by
 * the caller to surface a bad filter or a refusal before the download starts.
 */
export async function* iterateInBatches<T extends { id: number | string }>(input: {
  req: PayloadRequest
  collection: string
  where: Where
  select: SelectType
  batchSize?: number
}): AsyncGenerator<T[]> {
  const { req, collection, where, select, batchSize = 500 } = input
  let last: number | string | undefined
  for (;;) {
    const { docs } = await req.payload.find({
      collection: collection as never,
      where: last === undefined ? where : { and: [where, { id: { greater_than: last } }] },
      select: select as never,
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (docs.length === 0) return
    yield docs as unknown as T[]
    if (docs.length < batchSize) return
    last = (docs[docs.length - 1] as { id: number | string }).id
  }
}

/** Yields a first batch already read, then the rest of the generator. */
export async function* prepend<T>(first: IteratorResult<T>, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  if (first.done) return
  yield first.value
  yield* rest
}
