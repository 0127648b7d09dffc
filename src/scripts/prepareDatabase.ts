/** Migrates the database in DATABASE_URL and seeds the demo data unless SEED_DEMO_DATA=false. */
import { prepareDatabase } from '../db/prepareDatabase'

try {
  await prepareDatabase({ seed: process.env.SEED_DEMO_DATA !== 'false' })
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
