import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Local API of the test run (one per test file, on the run's throwaway database). */
export const testPayload = (): Promise<Payload> => getPayload({ config })
