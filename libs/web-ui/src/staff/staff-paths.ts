/** Where the staff pages are: the list, a round's page and its print view. */
export const staffPaths = {
  list: '/medarbejder',
  round: (cycleId: string) => `/medarbejder/cykler/${cycleId}`,
  print: (cycleId: string) => `/medarbejder/cykler/${cycleId}/udskriv`,
};
