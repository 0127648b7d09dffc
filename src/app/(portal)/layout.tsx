import React from 'react'

import { PublicPageShell, SKIP_LINK_CSS } from '@/components/PublicPageShell'

export const metadata = { title: 'Portal de pagos a prestadores' }

// Phone first: one column, tables scroll sideways inside their box.
const CSS = `
body{font-family:system-ui,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
${SKIP_LINK_CSS}
header{background:#0b4f6c;color:#fff;padding:.8rem 1rem}
main{max-width:1100px;margin:0 auto;padding:1rem}
form.card,section.card{background:#fff;border-radius:8px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 3px #0002}
label{display:block;margin:.5rem 0 .2rem;font-weight:600}
input,select{width:100%;max-width:28rem;padding:.5rem;font-size:1rem;box-sizing:border-box}
input[type=checkbox]{width:auto}
button,.button{margin-top:.8rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b4f6c;color:#fff;border:0;border-radius:4px;text-decoration:none;display:inline-block}
.error{background:#fde8e8;color:#8a1c1c;padding:.6rem;border-radius:4px}
.ok{background:#e6f4ea;color:#1e5b2e;padding:.6rem;border-radius:4px}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border-bottom:1px solid #dde3e8;padding:.4rem .5rem;text-align:left;white-space:nowrap}
td.num{text-align:right}
nav.pages a{margin-right:.5rem}
`

/** The providers' portal (R-PAY-*): no admin chrome, Spanish, server-rendered. */
export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicPageShell css={CSS} header="Portal de pagos a prestadores">
      {children}
    </PublicPageShell>
  )
}
