import { PRODUCT_NAME } from '@/constants/product'
import { BrandMark } from './BrandMark'

/** The navigation's icon (admin.components.graphics.Icon): the product's mark, named for screen readers. */
export const Icon = () => (
  <span className="brand-icon" role="img" aria-label={PRODUCT_NAME}>
    <BrandMark size={28} />
  </span>
)
