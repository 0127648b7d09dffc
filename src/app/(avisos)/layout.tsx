import React from 'react'

import { PublicPageShell, SKIP_LINK_CSS } from '@/components/PublicPageShell'

export const metadata = { title: 'Avisos de notificación y remate' }

// Phone first, one column; text and links keep a contrast of at least 4.5:1 (WCAG AA) and every
// control shows where the keyboard is.
const CSS = `
body{font-family:system-ui,sans-serif;margin:0;color:#1d2733;background:#f4f6f8;line-height:1.5}
a{color:#0b4f6c}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
${SKIP_LINK_CSS}
header{background:#0b4f6c;color:#fff;padding:.8rem 1rem}
header p{margin:0;font-weight:600}
main{max-width:960px;margin:0 auto;padding:1rem}
.card{background:#fff;border-radius:8px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 3px #0002}
form.search{display:grid;gap:.6rem;grid-template-columns:1fr}
@media(min-width:700px){form.search{grid-template-columns:2fr 1fr 1fr 1fr}}
label{display:block;font-weight:600;margin-bottom:.2rem}
input,select{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box;border:1px solid #5b6b7a;border-radius:4px}
button{padding:.6rem 1.2rem;font-size:1rem;background:#0b4f6c;color:#fff;border:0;border-radius:4px;cursor:pointer}
nav.views a{display:inline-block;margin-right:1rem;padding:.3rem 0}
nav.views a[aria-current=page]{font-weight:700;border-bottom:3px solid #0b4f6c;text-decoration:none}
ol.notices{list-style:none;padding:0;margin:0}
ol.notices li{border-bottom:1px solid #dde3e8;padding:.7rem 0}
ol.notices h3{margin:0 0 .2rem;font-size:1.05rem}
.meta{color:#3d4b59;font-size:.95rem;margin:0}
nav.pages{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
`

/** The public notice page (R-NOT-02): no sign-in, Spanish, server-rendered. */
export default function NoticesLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicPageShell css={CSS} header={<p>Recaudo y Cartera · Avisos públicos</p>}>
      {children}
    </PublicPageShell>
  )
}
