import { apiFetch, portalToken } from '@/payouts/portal/portalApi'

/** R-PAY-04: "Descargar" — the voucher's Excel from the API, passed through as it streams. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await portalToken())) return new Response('Inicie sesión.', { status: 401 })
  const { id } = await params
  const res = await apiFetch(`/payouts/${encodeURIComponent(id)}/export.xlsx`)
  return new Response(res.body, {
    status: res.status,
    headers: {
      'Content-Type': res.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Disposition': res.headers.get('content-disposition') ?? 'attachment',
      'Cache-Control': 'no-store',
    },
  })
}
