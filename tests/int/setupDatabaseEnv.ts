import { inject } from 'vitest'

// Each worker (VITEST_POOL_ID, 1…n) has a database of its own (globalSetup.ts).
const urls = inject('databaseUrls')
process.env.DATABASE_URL = urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length]
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.MAIL_OUTBOX_DIR ??= '/tmp/cobranzas-test-outbox'
// Uploads of the run go to a directory it deletes at the end, not to the project's media/.
process.env.UPLOADS_DIR ??= inject('uploadsDir')
// Tests run the jobs they need themselves: a cron firing mid-test (the sweep every five minutes,
// the mail queue every minute) would change the rows a test is asserting on.
process.env.DISABLE_JOB_AUTORUN = 'true'
