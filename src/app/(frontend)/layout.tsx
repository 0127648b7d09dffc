import React from 'react'

export const metadata = { title: 'Recaudo y Cartera' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  )
}
