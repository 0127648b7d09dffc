/**
 * DATABASE_READ_URLS: comma-separated PostgreSQL URLs of read replicas (db-postgres' `readReplicas`).
 * Reads go to a replica, writes and the reads of the next two seconds after a write in the same
 * process go to DATABASE_URL. Unset or empty: every query goes to DATABASE_URL. A URL that is not a
 * postgres:// URL stops the start (docs/deploy.md).
 */
export const parseReadReplicaUrls = (value: string | undefined): string[] | undefined => {
  const urls = (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)
  if (urls.length === 0) return undefined
  for (const url of urls) {
    let protocol: string
    try {
      protocol = new URL(url).protocol
    } catch {
      throw new Error(`DATABASE_READ_URLS debe ser una lista de URL postgres:// separadas por comas (no se entiende: ${url.replace(/\/\/[^@/]*@/, '//…@')}).`)
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      throw new Error(`DATABASE_READ_URLS debe ser una lista de URL postgres:// separadas por comas (recibido el protocolo ${protocol}).`)
    }
  }
  return urls
}

/** This process's read replicas, from DATABASE_READ_URLS. */
export const databaseReadReplicas = (value = process.env.DATABASE_READ_URLS) => parseReadReplicaUrls(value)
