/** The key of every client when the app cannot tell them apart (no trusted reverse proxy). */
export const DIRECT_CLIENT = 'directo'

/**
 * The address rate limits count per IP. Next.js route handlers do not see the socket, and a
 * client can send any X-Forwarded-For; so it is read only when TRUST_PROXY=true (a reverse proxy
 * of ours appends the address it saw: the last entry). Otherwise every client shares the fixed
 * key DIRECT_CLIENT, and the per-IP limits act as limits for the whole app: deploy behind a proxy.
 */
export const clientAddress = (headers: Headers | undefined, env: NodeJS.ProcessEnv = process.env): string => {
  if (env.TRUST_PROXY !== 'true' || !headers) return DIRECT_CLIENT
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded.at(-1) ?? headers.get('x-real-ip')?.trim() ?? DIRECT_CLIENT
}
