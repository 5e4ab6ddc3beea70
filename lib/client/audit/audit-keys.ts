export const auditKeys = {
  all: ["audit-events"] as const,
  list: ({ action }: { action: string }) => [...auditKeys.all, "list", { action }] as const,
};
