/** Query keys of network imports; every import-changing call invalidates `all`. */
export const importKeys = {
  all: ['imports'] as const,
  list: ['imports', 'list'] as const,
  one: (importId: number) => ['imports', 'one', importId] as const,
  rows: (importId: number, status: string) => ['imports', 'rows', importId, status] as const,
};
