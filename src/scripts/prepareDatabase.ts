/**
 * Migrates the database in DATABASE_URL and loads the demo data when SEED_DEMO_DATA=true, or by
 * default outside production (a production database must never get the published demo logins).
 */
import { prepareDatabase } from '../db/prepareDatabase'
import { reportScriptError } from '../db/reportScriptError'

const seed = process.env.SEED_DEMO_DATA
  ? process.env.SEED_DEMO_DATA === 'true'
  : process.env.NODE_ENV !== 'production'

try {
  await prepareDatabase({ seed })
  process.exit(0)
} catch (error) {
  reportScriptError(error)
  process.exit(1)
}
