/**
 * Whether the demo data (with its published logins) is loaded: never when NODE_ENV=production,
 * whatever SEED_DEMO_DATA says; otherwise as SEED_DEMO_DATA says, and by default yes.
 */
export const shouldLoadDemoData = (env: { NODE_ENV?: string; SEED_DEMO_DATA?: string }): boolean => {
  if (env.NODE_ENV === 'production') return false
  const asked = env.SEED_DEMO_DATA?.trim().toLowerCase()
  return asked === undefined || asked === '' ? true : asked === 'true'
}
