import crypto from 'crypto'

// Payload's stored hash format (payload/dist/auth/strategies/local/generatePasswordSaltHash.js),
// which Payload does not export: "pbkdf2-sha256-v1:<hex>" (600 000 iterations, 32 bytes) or a
// legacy bare hex hash (25 000 iterations, 512 bytes).
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/** Whether `password` is the one stored as `hash`/`salt` (constant-time comparison). */
export const verifyPassword = async (
  password: unknown,
  stored: { hash?: unknown; salt?: unknown },
): Promise<boolean> => {
  if (typeof password !== 'string' || typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { stored: expected, iterations, keyLength } = parameters(stored.hash)
  const derived = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, stored.salt as string, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
  const expectedBuffer = Buffer.from(expected, 'hex')
  return derived.length === expectedBuffer.length && crypto.timingSafeEqual(derived, expectedBuffer)
}
