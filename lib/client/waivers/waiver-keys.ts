export const waiverKeys = {
  all: ["waivers"] as const,
  list: () => [...waiverKeys.all, "list"] as const,
};
