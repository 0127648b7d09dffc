import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.MAIL_OUTBOX_DIR ??= '/tmp/cobranzas-test-outbox'
