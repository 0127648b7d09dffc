/** The most rows one API read returns; a caller pages through the rest. */
export const MAX_API_LIMIT = 100

type Paging = { limit?: number; pagination?: boolean }

/**
 * A REST or GraphQL caller's `limit`/`pagination`, capped so one request cannot dump a
 * collection: `limit=0`, `pagination=false` and limits above the cap become a page of
 * MAX_API_LIMIT rows. Null when the request is already within the cap.
 */
export const capReadLimit = ({ limit, pagination }: Paging): Required<Paging> | null => {
  const unpaged = pagination === false || limit === 0
  if (!unpaged && (limit === undefined || limit <= MAX_API_LIMIT)) return null
  return { limit: MAX_API_LIMIT, pagination: true }
}
