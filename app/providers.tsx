"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { z } from "zod";
import { createQueryClient } from "@/lib/client/api/create-query-client";

// Note: zod probes `new Function("")` to decide whether to compile parsers; under the app's CSP
// (no 'unsafe-eval') the probe is refused and reported as a violation. Parse without it.
z.config({ jitless: true });

/** The one QueryClient of the app, created once per browser tab (not per render, not shared across requests). */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
