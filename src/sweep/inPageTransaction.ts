import { commitTransaction, initTransaction, isolateObjectProperty, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs one page of the sweep's writes in its own transaction, committed when the page is done:
 * a crash (or a database that drops) later in the sweep leaves the earlier pages written, and the
 * sweep, idempotent, resumes where it stopped when it runs again. The page's request shares the
 * sweep's user and context but has its own transaction id; on any error the page is rolled back
 * whole and the error goes up.
 */
export async function inPageTransaction<T>(req: PayloadRequest, run: (pageReq: PayloadRequest) => Promise<T>): Promise<T> {
  const pageReq = isolateObjectProperty(req, 'transactionID')
  delete pageReq.transactionID
  await initTransaction(pageReq)
  try {
    const result = await run(pageReq)
    // A nested Local API call that failed has already rolled the transaction back (Payload kills it on error).
    if (pageReq.transactionID) await commitTransaction(pageReq)
    return result
  } catch (error) {
    await killTransaction(pageReq)
    throw error
  }
}
