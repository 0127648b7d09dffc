/** A legal date 'AAAA-MM-DD' as Colombian staff read it: dd/mm/aaaa. */
export const formatLegalDate = (isoDate: string): string => {
  const [year, month, dayOfMonth] = isoDate.slice(0, 10).split('-')
  return `${dayOfMonth}/${month}/${year}`
}
