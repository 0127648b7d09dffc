/** The part of autocannon's programmatic API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  type Request = { method?: string; path: string; headers?: Record<string, string>; body?: string }
  type Client = { setRequests: (requests: Request[]) => void; setHeaders: (headers: Record<string, string>) => void }
  type Options = { url: string; connections?: number; duration?: number; amount?: number; timeout?: number; setupClient?: (client: Client) => void; requests?: Request[] }
  type Result = { requests: { average: number; total: number }; latency: { p50: number; p90: number; p99: number }; duration: number; non2xx: number; errors: number; timeouts: number; '2xx': number }
  type Instance = PromiseLike<Result> & { on: (event: 'response', listener: (client: Client, statusCode: number, bytes: number, responseTimeMs: number) => void) => void; stop: () => void }
  function autocannon(options: Options): Instance
  export default autocannon
}
