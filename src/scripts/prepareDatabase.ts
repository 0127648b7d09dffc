/**
 * Migrates the database in DATABASE_URL and loads the demo data when shouldLoadDemoData says so:
 * never with NODE_ENV=production (a production database must never get the published demo logins).
 */
import '@/db/loadEnv'

import { prepareDatabase } from '@/db/prepareDatabase'
import { reportScriptError } from '@/db/reportScriptError'
import { shouldLoadDemoData } from '@/seed/shouldLoadDemoData'

if (process.env.NODE_ENV === 'production' && process.env.SEED_DEMO_DATA === 'true') {
  console.warn('▸ SEED_DEMO_DATA=true no se aplica con NODE_ENV=production: en producción nunca se cargan datos de demostración.')
}

try {
  await prepareDatabase({ seed: shouldLoadDemoData(process.env) })
  process.exit(0)
} catch (error) {
  reportScriptError(error)
  process.exit(1)
}
