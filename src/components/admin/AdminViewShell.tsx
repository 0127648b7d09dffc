import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import React from 'react'

/**
 * Custom admin views are served even to visitors and to users the admin refuses (portal users,
 * R-ROL-02): sends a visitor to sign in (and back to `viewPath`), and a user `mayOpen` refuses to
 * the admin's "unauthorized" page. Returns the view's own address, for its forms and links.
 */
export const admitToView = (view: AdminViewServerProps, viewPath: string, mayOpen: (args: { req: PayloadRequest }) => boolean): string => {
  const { req } = view.initPageResult
  const { admin: adminRoute } = req.payload.config.routes
  const { login, unauthorized } = req.payload.config.admin.routes
  const here = `${adminRoute}${viewPath}`
  if (!req.user) redirect(`${adminRoute}${login}?redirect=${encodeURIComponent(here)}`)
  if (!mayOpen({ req })) redirect(`${adminRoute}${unauthorized}`)
  return here
}

type AdminViewShellProps = {
  /** The props Payload gives the custom view. */
  view: AdminViewServerProps
  /** The page's heading. */
  title: string
  /** The view's CSS block (`cartera-view`): the gutter's class; the heading sits in `<header class="<block>__header">`. */
  block: string
  /** Under the heading, inside the header: the figures' date, a status, a filter error. */
  intro?: React.ReactNode
  children?: React.ReactNode
}

/**
 * The frame of every custom admin view (Cartera en mora, Mi lista de trabajo, Indicadores): Payload's
 * own `DefaultTemplate` (navigation, header, the user's permissions) and `Gutter`, and the heading.
 */
export const AdminViewShell = ({ view, title, block, intro, children }: AdminViewShellProps) => {
  const { initPageResult, params, searchParams } = view
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className={block}>
        <header className={`${block}__header`}>
          <h1>{title}</h1>
          {intro}
        </header>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
