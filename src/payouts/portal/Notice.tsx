import React from 'react'

/** The error or confirmation a portal action left in the address (?error=… / ?ok=1). */
export const Notice = ({ error, ok }: { error?: string; ok?: string | null }) => (
  <>
    {error ? (
      <p className="error" role="alert">
        {error}
      </p>
    ) : null}
    {ok ? <p className="ok">{ok}</p> : null}
  </>
)
