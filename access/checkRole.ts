/** The role test every access function and hook uses; it lives with the pure access rules. */
export { checkRole } from '@/rules/access/checkRole'
