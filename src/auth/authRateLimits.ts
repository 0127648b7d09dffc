import type { Pool } from 'pg'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/** Created by the hand-written migration 20261126_120000_auth_rate_limits (never by the library). */
export const RATE_LIMIT_TABLE = 'auth_rate_limits'

const positive = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * Limits of sign-in and password-reset requests, from the environment (docs/security.md):
 * - failed logins per IP, and per IP and account: an attacker's address is stopped first;
 * - failed logins per account from every address: generous and short, it slows a distributed
 *   guess; it never applies at an address where the owner signed in before (known address), so
 *   an attacker spending the account's allowance does not lock the owner out (Payload's own
 *   per-account lock is off);
 * - forgot-password requests per IP and per account (each request counts: it sends mail);
 * - the provider portal's anonymous registration steps per IP, and its validate and register steps
 *   per NIT (each request counts: they answer whether a representative's ID is right, so they must
 *   not become a way to guess it).
 */
export const authRateLimitSettings = (env: NodeJS.ProcessEnv = process.env) => ({
  loginWindowSeconds: positive(env.LOGIN_LIMIT_WINDOW_SECONDS, 15 * 60),
  loginFailuresPerIp: positive(env.LOGIN_LIMIT_PER_IP, 50),
  loginFailuresPerIpAndAccount: positive(env.LOGIN_LIMIT_PER_IP_AND_ACCOUNT, 5),
  loginFailuresPerAccount: positive(env.LOGIN_LIMIT_PER_ACCOUNT, 30),
  knownAddressSeconds: positive(env.LOGIN_KNOWN_ADDRESS_DAYS, 90) * 24 * 60 * 60,
  forgotWindowSeconds: positive(env.FORGOT_PASSWORD_LIMIT_WINDOW_SECONDS, 60 * 60),
  forgotRequestsPerIp: positive(env.FORGOT_PASSWORD_LIMIT_PER_IP, 10),
  forgotRequestsPerAccount: positive(env.FORGOT_PASSWORD_LIMIT_PER_ACCOUNT, 3),
  registrationWindowSeconds: positive(env.REGISTRATION_LIMIT_WINDOW_SECONDS, 60 * 60),
  registrationRequestsPerIp: positive(env.REGISTRATION_LIMIT_PER_IP, 60),
  registrationChecksPerNit: positive(env.REGISTRATION_LIMIT_PER_NIT, 20),
})

export type AuthLimiters = {
  loginByIp: RateLimiterPostgres
  loginByIpAndAccount: RateLimiterPostgres
  loginByAccount: RateLimiterPostgres
  /** Addresses where an account signed in successfully: "<ip>|<e-mail>" with one point. */
  knownAddresses: RateLimiterPostgres
  forgotByIp: RateLimiterPostgres
  forgotByAccount: RateLimiterPostgres
  registrationByIp: RateLimiterPostgres
  registrationByNit: RateLimiterPostgres
}

const cache = new WeakMap<Pool, { key: string; limiters: AuthLimiters }>()

/**
 * The limiters on the app's own PostgreSQL pool: counters live in the database, so every app
 * instance shares them, and outside the request's transaction, so a refused request still counts.
 */
export const authLimiters = (pool: Pool): AuthLimiters => {
  const settings = authRateLimitSettings()
  const key = JSON.stringify(settings)
  const cached = cache.get(pool)
  if (cached?.key === key) return cached.limiters
  const limiter = (keyPrefix: string, points: number, duration: number, clearExpiredByTimeout = false) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      // One limiter is enough to purge the shared table of expired rows.
      clearExpiredByTimeout,
    })
  const limiters: AuthLimiters = {
    loginByIp: limiter('login_ip', settings.loginFailuresPerIp, settings.loginWindowSeconds, true),
    loginByIpAndAccount: limiter('login_ip_account', settings.loginFailuresPerIpAndAccount, settings.loginWindowSeconds),
    loginByAccount: limiter('login_account', settings.loginFailuresPerAccount, settings.loginWindowSeconds),
    knownAddresses: limiter('login_known', 1, settings.knownAddressSeconds),
    forgotByIp: limiter('forgot_ip', settings.forgotRequestsPerIp, settings.forgotWindowSeconds),
    forgotByAccount: limiter('forgot_account', settings.forgotRequestsPerAccount, settings.forgotWindowSeconds),
    registrationByIp: limiter('registration_ip', settings.registrationRequestsPerIp, settings.registrationWindowSeconds),
    registrationByNit: limiter('registration_nit', settings.registrationChecksPerNit, settings.registrationWindowSeconds),
  }
  cache.set(pool, { key, limiters })
  return limiters
}

/**
 * Spends one point of each limiter in order and stops at the first one that is exhausted, so an
 * address already refused does not keep spending the account's allowance. Returns the seconds to
 * wait when refused, or null.
 */
export const consumeInOrder = async (steps: [RateLimiterPostgres, string][]): Promise<number | null> => {
  for (const [limiter, key] of steps) {
    try {
      await limiter.consume(key)
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
      throw refusal
    }
  }
  return null
}

/** Same key for "Ana@X.co " and "ana@x.co", as Payload's login lower-cases and trims. */
export const accountKey = (email: unknown): string =>
  typeof email === 'string' ? email.trim().toLowerCase() : ''
