/** POSTs to one of the acts endpoints as the signed-in user; the Spanish error message on refusal. */
export const postAction = async (url: string, body?: unknown): Promise<{ ok: true; doc: { id: number } } | { ok: false; message: string }> => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  const json = await response.json().catch(() => ({}))
  if (response.ok) return { ok: true, doc: json.doc }
  return { ok: false, message: json.errors?.[0]?.message ?? `Error ${response.status}` }
}
