import type { UIFieldServerProps } from 'payload'

import { formatDateTime, formatFileSize } from '@/components/displayDates'
import { loadRequestFollowUp } from '@/requests/requestFollowUp'

/**
 * "Seguimiento" of a request (R-REQ-04/05/07), read-only: its documents with name and size, and
 * one timeline of status changes and comments. The editable fields below stay as they were.
 */
export const RequestFollowUp = async ({ id, req }: UIFieldServerProps) => {
  if (id === undefined || id === null) return null
  const followUp = await loadRequestFollowUp(req, id)
  if (!followUp) return null
  return (
    <section className="seguimiento">
      <h3 className="seguimiento__title">Seguimiento</h3>
      <div className="seguimiento__block">
        <h4>Documentos adjuntos ({followUp.attachments.length})</h4>
        {followUp.attachments.length === 0 ? (
          <p className="seguimiento__empty">Sin documentos.</p>
        ) : (
          <ul className="seguimiento__files">
            {followUp.attachments.map((file) => (
              <li key={file.id}>
                {file.url ? (
                  <a href={file.url} target="_blank" rel="noreferrer">
                    {file.filename}
                  </a>
                ) : (
                  file.filename
                )}
                <span className="seguimiento__meta">
                  {[file.mimeType, formatFileSize(file.filesize)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="seguimiento__block">
        <h4>
          Historial ({followUp.commentCount} {followUp.commentCount === 1 ? 'comentario' : 'comentarios'}
          {followUp.lastCommentAt ? `, el último el ${formatDateTime(followUp.lastCommentAt)}` : ''})
        </h4>
        {followUp.events.length === 0 ? (
          <p className="seguimiento__empty">Sin movimientos.</p>
        ) : (
          <ol className="seguimiento__timeline">
            {followUp.events.map((event, i) => (
              <li key={i} className={`seguimiento__event seguimiento__event--${event.kind}`}>
                <span className="seguimiento__when">{formatDateTime(event.at)}</span>
                <span className="seguimiento__who">{event.by ?? 'Sistema'}</span>
                {event.kind === 'status' ? (
                  <span className="seguimiento__what">
                    Estado: {event.from ? `${event.from} → ` : 'radicada como '}
                    <strong>{event.to}</strong>
                  </span>
                ) : (
                  <span className="seguimiento__what seguimiento__comment">“{event.text}”</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  )
}
