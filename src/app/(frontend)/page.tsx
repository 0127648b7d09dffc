import { redirect } from 'next/navigation'

/** Staff land in the back office; public notices get their own page. */
export default function Home() {
  redirect('/admin')
}
