/** The product's mark: an "R" (recaudo) with a gold stroke (the collected balance). Decorative. */
export const BrandMark = ({ size = 32 }: { size?: number }) => (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
    <rect width="64" height="64" rx="14" fill="#0b4f6c" />
    <path d="M18 44V20h14a8 8 0 0 1 0 16H24" fill="none" stroke="#ffffff" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round" />
    <path d="M32 36l10 10" stroke="#f2b134" strokeWidth="6" strokeLinecap="round" />
  </svg>
)
