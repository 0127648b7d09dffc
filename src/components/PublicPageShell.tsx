import React from 'react'

/**
 * The HTML of a public, server-rendered page outside the admin (the notices page, the providers'
 * portal): Spanish, sized for phones, its own style sheet, a skip link to the content for keyboard users.
 */
export function PublicPageShell({ css, header, children }: { css: string; header: React.ReactNode; children: React.ReactNode }) {
  return (
    <html lang="es">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>{css}</style>
      </head>
      <body>
        <a className="skip" href="#contenido">
          Ir al contenido
        </a>
        <header>{header}</header>
        <main id="contenido">{children}</main>
      </body>
    </html>
  )
}

/** Style of the skip link: off screen until it takes the keyboard focus. */
export const SKIP_LINK_CSS = '.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}'
