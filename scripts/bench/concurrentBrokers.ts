import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'child_process'
import path from 'path'

export type ConcurrentBrokersResult = {
  requests: number
  seconds: number
  reqPerSecond: number
  p50Ms: number | null
  p95Ms: number | null
  non2xx: number
  errors: number
}

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * The real REST route handlers served over HTTP by tests/int/helpers/apiServer.ts, as a child
 * process (its own process group) on the database in `databaseUrl`; resolves with its base URL
 * once it prints `LISTENING <port>`, and a function that stops it.
 */
export const startApiServer = async (databaseUrl: string, timeoutMs = 180_000): Promise<{ base: string; stop: () => Promise<void> }> => {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/int/helpers/apiServer.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DISABLE_JOB_AUTORUN: 'true', NODE_OPTIONS: '--no-deprecation', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`apiServer did not listen within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /LISTENING (\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`apiServer exited (${code}) before listening:\n${output.slice(-2000)}`))
    })
  }).catch(async (error) => {
    await stop()
    throw error
  })
  // Keep reading its output so a chatty server never blocks on a full pipe.
  child.stdout!.resume()
  return { base: `http://127.0.0.1:${port}`, stop }
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : null)

/**
 * Issue 13's "50 concurrent brokers": autocannon over real sockets, one connection per broker with
 * that broker's own token, each alternating a policy lookup and the arrears list for `seconds`.
 * Latencies are every response's, so p95 is exact (autocannon's own table stops at p90/p97.5).
 * Each broker's two requests are sent once before (warm-up, must answer 200) and not counted.
 */
export const runConcurrentBrokers = async (input: { base: string; brokers: { token: string; lookupPath: string }[]; listPath: string; seconds: number }): Promise<ConcurrentBrokersResult> => {
  // Warm-up, one broker after the other: the server's first requests compile and cache; each path must answer 200.
  for (const broker of input.brokers) {
    for (const path of [broker.lookupPath, input.listPath]) {
      const res = await fetch(`${input.base}${path}`, { headers: { authorization: `JWT ${broker.token}` } })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`warm-up ${path}: ${res.status}`)
    }
  }
  const latencies: number[] = []
  let next = 0
  const instance = autocannon({
    url: input.base,
    connections: input.brokers.length,
    duration: input.seconds,
    timeout: 30,
    setupClient: (client) => {
      const broker = input.brokers[next++ % input.brokers.length]!
      const headers = { authorization: `JWT ${broker.token}` }
      client.setRequests([
        { method: 'GET', path: broker.lookupPath, headers },
        { method: 'GET', path: input.listPath, headers },
      ])
    },
  })
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)
  return {
    requests: latencies.length,
    seconds: result.duration,
    reqPerSecond: round(latencies.length / result.duration)!,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}
