/**
 * The client IP for audit and rate limiting. Behind a reverse proxy, X-Forwarded-For's first
 * entry; we only log and count with it, never authorise.
 */
export function requestIp(headers: { get(name: string): string | null } | Record<string, unknown>): string | undefined {
  const read = (name: string): string | undefined => {
    if (typeof (headers as { get?: unknown }).get === "function") {
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    }
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || read("x-real-ip") || undefined)?.slice(0, 64);
}
